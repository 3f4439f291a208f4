import { useId, useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { calendarDateOf } from '../../../core/dates.ts';
import { LIMITS } from '../../../core/limits.ts';
import type { Lang } from '../../../core/taxonomy.ts';
import { useLang, useMessages } from '../i18n/lang.tsx';
import type { CapturedArticle } from './article.ts';
import { captureArticle, checkArticle } from './article.ts';
import { messages } from './messages.ts';
import './capture.css';

/** Paste a text, get a draft: extraction runs here in the page, offline, and saves nothing. */
export function CaptureDialog({ isOpen, onClose, onExtracted }: { isOpen: boolean; onClose(): void; onExtracted(article: CapturedArticle): void }) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} isDismissable onOpenChange={(open) => (open ? undefined : onClose())}>
      <Modal className="modal capture-modal">
        <CaptureBody onClose={onClose} onExtracted={onExtracted} />
      </Modal>
    </ModalOverlay>
  );
}

function CaptureBody({ onClose, onExtracted }: { onClose(): void; onExtracted(article: CapturedArticle): void }) {
  const m = useMessages(messages);
  const uiLang = useLang();
  const id = useId();
  const [text, setText] = useState('');
  const [lang, setLang] = useState<'' | Lang>('');
  const [problem, setProblem] = useState<string | null>(null);

  const extract = () => {
    const found = checkArticle(text);
    if (found) {
      setProblem(found === 'empty' ? m.problemEmpty : m.problemTooLong(LIMITS.sourceText.toLocaleString(uiLang)));
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    void captureArticle(text, calendarDateOf(new Date()), lang || undefined).then(onExtracted);
  };

  const describedBy = [problem ? `${id}-problem` : null, `${id}-hint`].filter(Boolean).join(' ');
  return (
    <Dialog className="dialog capture-dialog">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          extract();
        }}
      >
        <Heading slot="title" className="capture-dialog-title">
          {m.dialogTitle}
        </Heading>
        <div className="field">
          <label htmlFor={`${id}-text`}>{m.textLabel}</label>
          <textarea
            id={`${id}-text`}
            className="capture-text"
            rows={14}
            value={text}
            autoFocus
            spellCheck={false}
            aria-invalid={problem ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => {
              setText(e.target.value);
              if (problem) setProblem(null);
            }}
          />
          {problem ? (
            <p id={`${id}-problem`} className="capture-problem" role="alert">
              {problem}
            </p>
          ) : null}
          <p id={`${id}-hint`} className="help">
            {m.textHint}
          </p>
        </div>
        <div className="capture-actions">
          <div className="field-inline">
            <label htmlFor={`${id}-lang`}>{m.langLabel}</label>
            <select id={`${id}-lang`} value={lang} onChange={(e) => setLang(e.target.value === 'fr' || e.target.value === 'en' ? e.target.value : '')}>
              <option value="">{m.langAuto}</option>
              <option value="fr">{m.langFr}</option>
              <option value="en">{m.langEn}</option>
            </select>
          </div>
          <button type="submit" className="btn btn--primary push-right">
            {m.extract}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {m.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
