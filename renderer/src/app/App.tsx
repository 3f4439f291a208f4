import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FirstScreen } from '../../../core/first-screen.ts';
import type { Settings } from '../../../core/records.ts';
import { calendarDateOf } from '../../../core/dates.ts';
import { api } from '../api.ts';
import { adoptLegacyFilters } from '../timeline/legacy-filters.ts';
import { LangContext, useMessages } from '../i18n/lang.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { PasteArticleButton } from '../capture/PasteArticleButton.tsx';
import { type TransferProgress, useMenuCommands } from './commands.ts';
import { TransferStatus } from './TransferStatus.tsx';
import { FirstScreenContext } from './first-screen.tsx';
import { CaptureDialog, CaptureScreen, EventDetail, EventFormScreen, FollowUpsScreen, PersonScreen, RelationsScreen, SearchDialog, SettingsScreen } from './lazy.ts';
import { resolveLang } from './language.ts';
import { messages } from './messages.ts';
import type { LeaveGuard, Navigation, Screen } from './navigation.tsx';
import { NavContext } from './navigation.tsx';
import { SettingsContext } from './settings-context.tsx';
import type { SettingsState } from './settings-context.tsx';
import { useGlobalShortcuts } from './shortcuts.ts';

/** True from the first time `on` is true: a dialog is mounted once it has been opened. */
function useSticky(on: boolean): boolean {
  const [seen, setSeen] = useState(on);
  if (on && !seen) setSeen(true);
  return seen || on;
}

/**
 * The whole app. `first` is the first screen served with the page (settings, and the timeline's
 * opening data): with it the first render is the complete first screen, in one pass. `settings`
 * are the ones served with the page even when its screen was not for this page (another day or
 * language); without them they are asked for.
 */
export function App({ first = null, settings: servedSettings = first?.settings ?? null }: { first?: FirstScreen | null; settings?: Settings | null }) {
  const [settings, setSettings] = useState<Settings | null>(servedSettings);
  // Served, the language is the one the page was drawn in (the server's view of the system's).
  const lang = first && settings?.language === first.settings.language ? first.lang : resolveLang(settings?.language);

  useEffect(() => {
    if (servedSettings) return;
    const save = (patch: Partial<Settings>) => api.invoke('settings.update', patch);
    api.invoke('settings.get').then((s) => setSettings(adoptLegacyFilters(s, save)), () => setSettings(null));
  }, [servedSettings]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const [served, setServed] = useState(first);
  const firstScreen = useMemo(() => ({ screen: served, done: () => setServed(null) }), [served]);

  const settingsState = useMemo<SettingsState>(
    () => ({
      settings,
      update: async (patch) => setSettings(await api.invoke('settings.update', patch)),
    }),
    [settings],
  );

  return (
    <LangContext.Provider value={lang}>
      <SettingsContext.Provider value={settingsState}>
        <FirstScreenContext.Provider value={firstScreen}>
          <Shell />
        </FirstScreenContext.Provider>
      </SettingsContext.Provider>
    </LangContext.Provider>
  );
}

function Shell() {
  const m = useMessages(messages);
  const [screen, setScreen] = useState<Screen>({ name: 'timeline' });
  const [searchOpen, setSearchOpen] = useState(false);
  const [captureOpen, setCaptureOpen] = useState(false);
  const [dataVersion, setDataVersion] = useState(0);
  const [dueCount, setDueCount] = useState(0);
  const [transferProgress, setTransferProgress] = useState<TransferProgress | null>(null);
  const searchUsed = useSticky(searchOpen);
  const captureUsed = useSticky(captureOpen);
  const guards = useRef(new Set<LeaveGuard>());
  const main = useRef<HTMLElement>(null);

  const navigate = useCallback((next: Screen) => {
    for (const guard of guards.current) if (!guard()) return;
    setSearchOpen(false);
    setScreen(next);
    // Screen readers and keyboards start at the new screen, not wherever focus was.
    // A screen that focuses its own first field keeps it.
    requestAnimationFrame(() => {
      if (!main.current?.contains(document.activeElement)) main.current?.focus({ preventScroll: true });
    });
  }, []);

  const nav = useMemo<Navigation>(
    () => ({
      screen,
      navigate,
      openSearch: () => setSearchOpen(true),
      registerLeaveGuard: (guard) => {
        guards.current.add(guard);
        return () => guards.current.delete(guard);
      },
      dataVersion,
      dataChanged: () => setDataVersion((v) => v + 1),
    }),
    [screen, navigate, dataVersion],
  );

  // The badge waits until the page is idle: at start-up the store answers the timeline's first
  // requests and the page draws its rows before this one comes in. It needs the counts only.
  useEffect(() => {
    let live = true;
    const idle = requestIdleCallback(
      () =>
        api.invoke('reminders.due', { at: calendarDateOf(new Date()), withinDays: 0, limit: 0 }).then(
          (r) => live && setDueCount(r.counts.overdue + r.counts.today),
          () => live && setDueCount(0),
        ),
      { timeout: 1000 },
    );
    return () => {
      live = false;
      cancelIdleCallback(idle);
    };
  }, [dataVersion]);

  useGlobalShortcuts((action) => {
    if (action === 'search') setSearchOpen(true);
    else if (action === 'new-event') navigate({ name: 'new' });
    else navigate({ name: 'followups' });
  });
  useMenuCommands((command) => {
    if (command.name === 'search') setSearchOpen(true);
    else if (command.name === 'new-event') navigate({ name: 'new' });
    else if (command.name === 'follow-ups') navigate({ name: 'followups' });
    else if (command.name === 'paste-article') setCaptureOpen(true);
    else if (command.name === 'data-changed') setDataVersion((v) => v + 1);
    else if (command.name === 'transfer') setTransferProgress(command.progress);
    else navigate({ name: 'followups', followUpId: command.id });
  });

  const items: { screen: Screen['name']; label: string; go: () => void; badge?: number }[] = [
    { screen: 'timeline', label: m.timeline, go: () => navigate({ name: 'timeline' }) },
    { screen: 'followups', label: m.followUps, go: () => navigate({ name: 'followups' }), badge: dueCount },
    { screen: 'new', label: m.newEvent, go: () => navigate({ name: 'new' }) },
    { screen: 'relations', label: m.relations, go: () => navigate({ name: 'relations' }) },
    { screen: 'settings', label: m.settings, go: () => navigate({ name: 'settings' }) },
  ];

  return (
    <NavContext.Provider value={nav}>
      <div className="app">
        <a className="skip-link" href="#main">
          {m.skipToContent}
        </a>
        <aside className="sidebar">
          <div className="brand" aria-hidden="true">
            {m.appName}
          </div>
          <button type="button" className="search-trigger" onClick={() => setSearchOpen(true)} aria-keyshortcuts="Control+K Meta+K">
            <span>{m.search}</span>
            <kbd>{m.shortcutHint}</kbd>
          </button>
          <nav aria-label={m.mainNav}>
            <ul>
              {items.map((item) => (
                <li key={item.screen}>
                  <button
                    type="button"
                    className="nav-item"
                    aria-current={screen.name === item.screen || (item.screen === 'timeline' && screen.name === 'event') ? 'page' : undefined}
                    onClick={item.go}
                  >
                    <span>{item.label}</span>
                    {item.badge ? (
                      <span className="badge" aria-label={m.dueCount(item.badge)}>
                        {item.badge}
                      </span>
                    ) : null}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <PasteArticleButton onPress={() => setCaptureOpen(true)} />
          {transferProgress ? <TransferStatus progress={transferProgress} /> : null}
        </aside>
        <main id="main" ref={main} tabIndex={-1} className="main">
          {/* Keyed by screen: a boundary that suspends on an update keeps its old content mounted
              (hidden, effects running) until the new screen loads; a new boundary per screen
              unmounts the screen being left at once, as without lazy loading. */}
          <Suspense key={screen.name} fallback={<p className="muted">{m.loading}</p>}>
            <ScreenView screen={screen} />
          </Suspense>
        </main>
        {/* The dialogs load the first time they open, then stay mounted (closed) like before. */}
        <Suspense fallback={null}>
          {captureUsed ? (
            <CaptureDialog
              isOpen={captureOpen}
              onClose={() => setCaptureOpen(false)}
              onExtracted={(article) => {
                setCaptureOpen(false);
                navigate({ name: 'capture', article });
              }}
            />
          ) : null}
          {searchUsed ? <SearchDialog isOpen={searchOpen} onClose={() => setSearchOpen(false)} onOpenEvent={(id) => navigate({ name: 'event', eventId: id })} /> : null}
        </Suspense>
      </div>
    </NavContext.Provider>
  );
}

function ScreenView({ screen }: { screen: Screen }) {
  switch (screen.name) {
    case 'timeline':
      return <Timeline />;
    case 'followups':
      return <FollowUpsScreen followUpId={screen.followUpId} />;
    case 'new':
      return <EventFormScreen />;
    case 'capture':
      return <CaptureScreen key={screen.article.id} article={screen.article} />;
    case 'edit':
      return <EventFormScreen key={screen.eventId} eventId={screen.eventId} />;
    case 'event':
      return <EventDetail key={screen.eventId} eventId={screen.eventId} />;
    case 'settings':
      return <SettingsScreen />;
    case 'relations':
      return <RelationsScreen key={`${screen.a ?? ''}|${screen.b ?? ''}`} a={screen.a} b={screen.b} />;
    case 'person':
      return <PersonScreen key={screen.personId} personId={screen.personId} />;
  }
}
