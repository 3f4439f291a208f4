import { useMessages } from '../../i18n/lang.tsx';
import type { SourceRow } from '../draft.ts';
import { emptySource } from '../draft.ts';
import { messages } from '../messages.ts';
import { TextField } from './TextField.tsx';

/** Where the event was reported: web address, title, publisher. */
export function SourcesField({ value, onChange }: { value: SourceRow[]; onChange(next: SourceRow[]): void }) {
  const m = useMessages(messages);
  const update = (key: string, patch: Partial<SourceRow>) => onChange(value.map((s) => (s.key === key ? { ...s, ...patch } : s)));
  return (
    <div className="ef-sources">
      {value.length > 0 ? (
        <ol className="ef-source-list" aria-label={m.sources}>
          {value.map((s, i) => (
            <li key={s.key} className="ef-source">
              <TextField field={`sources[${i}].url`} label={`${m.sourceUrl} (${i + 1})`} type="url" value={s.url} onChange={(url) => update(s.key, { url })} placeholder="https://" />
              <TextField field={`sources[${i}].title`} label={`${m.sourceTitle} (${i + 1})`} value={s.title} onChange={(title) => update(s.key, { title })} />
              <TextField field={`sources[${i}].publisher`} label={`${m.sourcePublisher} (${i + 1})`} value={s.publisher} onChange={(publisher) => update(s.key, { publisher })} />
              <button type="button" className="ef-icon-button" aria-label={m.removeSource(i + 1)} onClick={() => onChange(value.filter((x) => x.key !== s.key))}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <button type="button" className="ef-add" onClick={() => onChange([...value, emptySource()])}>
        + {m.addSource}
      </button>
    </div>
  );
}
