/**
 * Imported first by main.tsx, so it runs before React's modules are evaluated: the first screen
 * served with the page is read, or else the timeline's requests go out at the very start of the
 * page script (see opening.ts).
 */
import { readServedFirstScreen } from '../app/served.ts';
import { startTimelineEarly } from './opening.ts';

export const served = readServedFirstScreen();
if (!served) startTimelineEarly();
