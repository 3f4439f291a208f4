import { useEffect, useId, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import type { Evidence } from '../../../core/extract/index.ts';
import type { Lang } from '../../../core/taxonomy.ts';
import { fieldLabel } from '../event/EventForm.tsx';
import { messages as formMessages } from '../event/messages.ts';
import { useMessages } from '../i18n/lang.tsx';
import type { MarkNode } from './highlights.ts';
import { belongsTo, markTree } from './highlights.ts';
import { messages } from './messages.ts';

interface Props {
  text: string;
  /** The article's language, which may not be the interface's: screen readers pronounce it right. */
  lang: Lang;
  evidence: readonly Evidence[];
  /** The focused field as evidence names it (`people[1]`); its words are shown as active. */
  active: string | null;
  onMarkClick(field: string): void;
}

/**
 * The pasted text, every extracted value's words in a `<mark>`. Built from offsets as text
 * nodes, never as HTML: the article is untrusted input.
 */
export function SourceText({ text, lang, evidence, active, onMarkClick }: Props) {
  const headingId = `${useId()}-source`;
  const m = useMessages(messages);
  const fm = useMessages(formMessages);
  const tree = useMemo(() => markTree(text, evidence), [text, evidence]);
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!active) return;
    body.current?.querySelector('mark.is-active')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const render = (nodes: readonly MarkNode[], from: number, to: number): ReactNode[] => {
    const out: ReactNode[] = [];
    let at = from;
    for (const node of nodes) {
      if (node.start > at) out.push(text.slice(at, node.start));
      const isActive = active !== null && node.fields.some((f) => belongsTo(f, active));
      out.push(
        <mark
          key={node.start}
          className={isActive ? 'capture-mark is-active' : 'capture-mark'}
          data-fields={node.fields.join(' ')}
          title={m.markTitle(node.fields.map((f) => fieldLabel(f, fm)).join(', '))}
          onClick={(e) => {
            // The innermost mark answers; its sentence's mark must not take the focus back.
            e.stopPropagation();
            onMarkClick(node.fields[0]!);
          }}
        >
          {render(node.children, node.start, node.end)}
        </mark>,
      );
      at = node.end;
    }
    if (to > at) out.push(text.slice(at, to));
    return out;
  };

  return (
    <section className="capture-source" aria-labelledby={headingId} tabIndex={0}>
      <h2 id={headingId}>{m.sourceHeading}</h2>
      <p className="help">{tree.length > 0 ? m.sourceHint : m.noHighlights}</p>
      <div ref={body} className="capture-source-text" lang={lang}>
        {render(tree, 0, text.length)}
      </div>
    </section>
  );
}
