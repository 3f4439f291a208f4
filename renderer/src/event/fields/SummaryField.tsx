import { useMessages } from '../../i18n/lang.tsx';
import { Markdown } from '../../ui/Markdown.tsx';
import { messages } from '../messages.ts';
import { TextField } from './TextField.tsx';

/** Markdown typed on the left, rendered safely on the right (no raw HTML, only http/https links). */
export function SummaryField({ value, onChange }: { value: string; onChange(next: string): void }) {
  const m = useMessages(messages);
  return (
    <div className="ef-summary">
      <TextField field="summary" label={m.summary} value={value} onChange={onChange} multiline rows={8} />
      <section className="ef-preview" aria-label={m.summaryPreview}>
        <h3 className="ef-preview-title" aria-hidden="true">
          {m.summaryPreview}
        </h3>
        {value.trim() ? <Markdown text={value} /> : <p className="ef-muted">{m.summaryEmpty}</p>}
      </section>
    </div>
  );
}
