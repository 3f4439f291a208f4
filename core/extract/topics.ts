import type { Span } from './types.ts';

export interface TopicMention extends Span {
  topic: string;
}

interface Line extends Span {
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    out.push({ text: t, start: start + lead, end: start + lead + t.length });
    start += raw.length + 1;
  }
  return out;
}

const BULLET = /^(?:[-•*–·▪►]|\d{1,2}[.)])\s+/u;
const isItemLike = (t: string) => t.length > 3 && t.length <= 120 && !/[.!?]$/.test(t.replace(/[;,]$/, '')) && t.split(/\s+/).length <= 16;

function clean(line: Line): TopicMention {
  const bullet = BULLET.exec(line.text);
  const lead = bullet ? bullet[0].length : 0;
  const body = line.text.slice(lead).replace(/[;,.]+$/, '').trim();
  return { topic: body, start: line.start + lead, end: line.start + lead + body.length };
}

/**
 * Topics are the items of the article's lists: bullet lines, or the short lines that follow a line
 * ending in a colon ("en particulier :"). With no list, the short headings between paragraphs stand in.
 */
export function findTopics(text: string): TopicMention[] {
  const all = lines(text);
  const items: TopicMention[] = [];
  for (let i = 0; i < all.length; i++) {
    const l = all[i]!;
    if (BULLET.test(l.text) && isItemLike(l.text.replace(BULLET, ''))) {
      items.push(clean(l));
    } else if (/:$/.test(l.text)) {
      for (let j = i + 1; j < all.length && all[j]!.text && isItemLike(all[j]!.text) && !/:$/.test(all[j]!.text); j++) {
        // The line after the list's last item is usually the next heading: a list item is followed by another item or a blank.
        const next = all[j + 1];
        if (j > i + 1 && next && next.text.length > 120 && !BULLET.test(all[j]!.text)) break;
        items.push(clean(all[j]!));
      }
    }
  }
  if (items.length) return dedupe(items);
  const headings: TopicMention[] = [];
  for (let i = 1; i < all.length - 1; i++) {
    const l = all[i]!;
    const next = all[i + 1]!;
    if (isItemLike(l.text) && !/:$/.test(l.text) && next.text.length > 120) headings.push(clean(l));
  }
  return dedupe(headings);
}

function dedupe(list: TopicMention[]): TopicMention[] {
  const seen = new Set<string>();
  return list.filter((t) => t.topic && !seen.has(t.topic.toLowerCase()) && seen.add(t.topic.toLowerCase()));
}
