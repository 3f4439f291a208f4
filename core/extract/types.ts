import type { EventInputRaw } from '../schemas.ts';
import type { Lang } from '../taxonomy.ts';

/** Where a value came from: `field` names it the way the form does (`people[0]`, `followUps[1].wording`). */
export interface Evidence {
  field: string;
  start: number;
  end: number;
}

export interface ExtractOptions {
  lang?: Lang;
  /** The day the article is read, YYYY-MM-DD: supplies the year when the text gives none. */
  refDate?: string;
}

export interface ExtractResult {
  draft: EventInputRaw;
  evidence: Evidence[];
  lang: Lang;
}

/** A match found in the text, with its original offsets. */
export interface Span {
  start: number;
  end: number;
}
