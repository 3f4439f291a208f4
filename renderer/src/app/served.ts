import type { FirstScreen } from '../../../core/first-screen.ts';
import { FIRST_SCREEN_ID, isFirstScreen } from '../../../core/first-screen.ts';
import { calendarDateOf } from '../../../core/dates.ts';
import { loadFilters, toApiFilters } from '../timeline/filters.ts';
import { resolveLang } from './language.ts';

/**
 * The first screen the page was served with (see core/first-screen.ts), if it is the one this page
 * would draw: same day, same language, same filters (the server sees no saved filters). Read once,
 * before React starts; anything else and the page asks the store itself as before.
 */
export function readServedFirstScreen(doc: Document = document): FirstScreen | null {
  const block = doc.getElementById(FIRST_SCREEN_ID);
  if (!block) return null;
  let served: unknown;
  try {
    served = JSON.parse(block.textContent ?? '');
  } catch {
    return null;
  }
  if (!isFirstScreen(served)) return null;
  const matches =
    served.today === calendarDateOf(new Date()) &&
    served.lang === resolveLang(served.settings.language) &&
    JSON.stringify(toApiFilters(loadFilters())) === JSON.stringify(served.filters);
  return matches ? served : null;
}
