/**
 * Everything the first screen (the timeline) does not draw is loaded when first wanted: the
 * dialogs, the other screens and react-aria with them. The start-up script then holds React, the
 * shell and the timeline only (0.31 MB instead of 0.79 MB). Nothing is preloaded in the
 * background: evaluating those modules takes tens of milliseconds at a time, which would land as
 * long tasks in the middle of whatever the user is doing (scrolling the timeline, typically).
 */
import { lazy } from 'react';

let pickersLoaded = false;
/** The filter bar's react-aria parts (menu, look-up combo box). */
export function loadFilterPickers() {
  return import('../timeline/FilterPickers.tsx').then((mod) => {
    pickersLoaded = true;
    return mod;
  });
}
export const filterPickersLoaded = () => pickersLoaded;

const load = {
  search: () => import('../search/SearchDialog.tsx'),
  capture: () => import('../capture/CaptureDialog.tsx'),
  features: () => import('./features.tsx'),
  detail: () => import('../detail/EventDetail.tsx'),
  person: () => import('../people/PersonScreen.tsx'),
  relations: () => import('../relations/RelationsScreen.tsx'),
  settings: () => import('../settings/SettingsScreen.tsx'),
};

export const SearchDialog = lazy(() => load.search().then((m) => ({ default: m.SearchDialog })));
export const CaptureDialog = lazy(() => load.capture().then((m) => ({ default: m.CaptureDialog })));
export const EventFormScreen = lazy(() => load.features().then((m) => ({ default: m.EventFormScreen })));
export const CaptureScreen = lazy(() => load.features().then((m) => ({ default: m.CaptureScreen })));
export const FollowUpsScreen = lazy(() => load.features().then((m) => ({ default: m.FollowUpsScreen })));
export const EventDetail = lazy(() => load.detail().then((m) => ({ default: m.EventDetail })));
export const PersonScreen = lazy(() => load.person().then((m) => ({ default: m.PersonScreen })));
export const RelationsScreen = lazy(() => load.relations().then((m) => ({ default: m.RelationsScreen })));
export const SettingsScreen = lazy(() => load.settings().then((m) => ({ default: m.SettingsScreen })));

export const AddFilterMenu = lazy(() => loadFilterPickers().then((m) => ({ default: m.AddFilterMenu })));
export const DimensionPicker = lazy(() => loadFilterPickers().then((m) => ({ default: m.DimensionPicker })));
