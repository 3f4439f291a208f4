/**
 * Imported first by main.tsx, so it runs before React's modules are evaluated: the timeline's
 * requests go out at the very start of the page script (see opening.ts).
 */
import { startTimelineEarly } from './opening.ts';

startTimelineEarly();
