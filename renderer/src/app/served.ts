import type { FirstScreen } from '../../../core/first-screen.ts';
import type { Settings } from '../../../core/records.ts';
import { FIRST_SCREEN_ID, isFirstScreen } from '../../../core/first-screen.ts';
import { calendarDateOf } from '../../../core/dates.ts';
import { toApiFilters } from '../../../core/timeline-filters.ts';
import { resolveLang } from './language.ts';

/**
 * The first screen the page was served with (see core/first-screen.ts), whatever day or language
 * it was drawn for: its settings are the store's either way. Null without one (a dev server) or
 * with one this page does not understand. Read once, before React starts.
 */
export function readServedBlock(doc: Document = document): FirstScreen | null {
  const block = doc.getElementById(FIRST_SCREEN_ID);
  if (!block) return null;
  let served: unknown;
  try {
    served = JSON.parse(block.textContent ?? '');
  } catch {
    return null;
  }
  return isFirstScreen(served) ? served : null;
}

/**
 * Whether the served screen is the one this page would draw with these settings: same day, same
 * language, same filters. Anything else and the page asks the store itself as before.
 */
export function isServedScreenFor(served: FirstScreen, settings: Settings): boolean {
  return (
    served.today === calendarDateOf(new Date()) &&
    served.lang === resolveLang(settings.language) &&
    JSON.stringify(toApiFilters(settings.timelineFilters)) === JSON.stringify(served.filters)
  );
}
