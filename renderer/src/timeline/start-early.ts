/**
 * Imported first by main.tsx, so it runs before React's modules are evaluated: the first screen
 * served with the page is read, or else the timeline's first requests go out at the very start of
 * the page script (see opening.ts), for the saved filters the served page carries in its settings.
 */
import { NO_FILTERS, toApiFilters } from '../../../core/timeline-filters.ts';
import { api } from '../api.ts';
import { isServedScreenFor, readServedBlock } from '../app/served.ts';
import { adoptLegacyFilters } from './legacy-filters.ts';
import { startTimelineEarly } from './opening.ts';

const block = readServedBlock();
/** The store's settings as served with the page; null without a served page (the app then asks for them). */
export const startSettings = block ? adoptLegacyFilters(block.settings, (patch) => api.invoke('settings.update', patch)) : null;
/** The served first screen, when it is the one to show. */
export const served = block && startSettings && isServedScreenFor(block, startSettings) ? block : null;
// Without settings (no served page) the timeline opens unfiltered until they come.
if (!served) startTimelineEarly(toApiFilters(startSettings?.timelineFilters ?? NO_FILTERS));
