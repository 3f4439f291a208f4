import { useEffect, useRef, useState } from 'react';
import type { Event } from '../../../core/records.ts';
import { EventForm } from '../event/EventForm.tsx';
import type { CapturedArticle } from './article.ts';
import { controlCandidates, fieldRoot } from './highlights.ts';
import { SourceText } from './SourceText.tsx';
import './capture.css';

const CONTROL = 'input, select, textarea';

/**
 * The captured draft in the event form, the article beside it. Focusing a field lights its
 * words in the text; clicking lit words takes the focus to their field. Saving is the form's own.
 */
export function CaptureView({ article, onSaved, onCancel }: { article: CapturedArticle; onSaved(event: Event): void; onCancel(): void }) {
  const formSide = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<string | null>(null);

  // The closing paste dialog hands focus back to its trigger a frame later; the draft is where the user goes next.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (!formSide.current?.contains(document.activeElement)) formSide.current?.querySelector<HTMLElement>(`[data-field="title"] ${CONTROL}`)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  const focusField = (field: string) => {
    const root = formSide.current;
    if (!root) return;
    for (const name of controlCandidates(field)) {
      const holder = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
      const control = holder?.matches(CONTROL) ? holder : holder?.querySelector<HTMLElement>(CONTROL);
      if (control) {
        control.focus();
        control.scrollIntoView({ block: 'center' });
        return;
      }
    }
  };

  return (
    <div className="capture-view">
      <div
        ref={formSide}
        className="capture-form"
        onFocus={(e) => {
          const holder = e.target.closest<HTMLElement>('[data-field]');
          setActive(holder?.dataset.field ? fieldRoot(holder.dataset.field) : null);
        }}
      >
        <EventForm draft={article.draft} onSaved={onSaved} onCancel={onCancel} />
      </div>
      <SourceText text={article.text} lang={article.lang} evidence={article.evidence} active={active} onMarkClick={focusField} />
    </div>
  );
}
