import type { SnippetPart } from '../../../core/records.ts';

/** Summaries are markdown; emphasis markers read as noise in a one-line excerpt. */
function plain(text: string): string {
  return text.replace(/\*\*|__|(^|\s)#{1,6}\s/g, '$1');
}

/** Search snippets arrive as parts, so highlighting never parses HTML from the store. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <span className="snippet">
      {parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{plain(part.text)}</span>))}
    </span>
  );
}
