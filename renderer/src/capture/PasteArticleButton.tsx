import { useMessages } from '../i18n/lang.tsx';
import { messages } from './messages.ts';
import './capture.css';

/**
 * The button that starts a capture; the shell puts it where the user looks for "new". Apart from
 * the dialog so the shell draws it at once while the dialog (and its extractor) load on demand.
 */
export function PasteArticleButton({ onPress }: { onPress(): void }) {
  const m = useMessages(messages);
  return (
    <button type="button" className="capture-trigger" onClick={onPress}>
      {m.pasteArticle}
    </button>
  );
}
