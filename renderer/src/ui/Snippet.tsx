import type { SnippetPart } from '../../../core/records.ts';

/** Search snippets arrive as parts, so highlighting never parses HTML from the store. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <span className="snippet">
      {parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}
