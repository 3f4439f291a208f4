/**
 * The reminder scheduler of the main process: one timer armed for the next follow-up to fall
 * due (never a polling loop), a catch-up on start and after the machine wakes, and a re-plan
 * after every write. What is due is decided by `core/reminder-schedule.ts`; this file only
 * reads the store, shows notifications and remembers what it has shown.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { app, Notification, powerMonitor } from 'electron';
import type { Settings } from '../core/records.ts';
import type { FollowUp, Page } from '../core/records.ts';
import { planReminders, toReminderPayload } from '../core/reminder-schedule.ts';
import type { DueReminder, ReminderItem, ReminderPayload } from '../core/reminder-schedule.ts';
import type { DispatchingStore } from './ipc.ts';
import { resolveLang } from './lang.ts';
import type { NativeLang } from './lang.ts';

/** More due at once than this and they are announced together, not as a burst of notifications. */
const GROUP_ABOVE = 3;
const PAGE = 500;
const MAX_REMEMBERED = 20_000;

export interface ReminderHost {
  store: DispatchingStore;
  /** Where the keys of reminders already shown are kept, so a restart does not repeat them. */
  stateFile: string;
  /** Focuses the app's window and sends it a command, e.g. `open-follow-up:<id>`. */
  openInApp: (command: string) => void;
  /** The in-app panel: used when the OS cannot show a notification or the user turned them off. */
  showInApp: (payload: ReminderPayload) => void;
  now?: () => Date;
}

export interface ReminderScheduler {
  /** Shows what has fallen due and arms the timer for what comes next. Safe to call at any time. */
  check(): void;
  stop(): void;
}

const TEXT = {
  fr: { due: 'Suivi à échéance', missed: 'Suivi en retard', many: (n: number) => `${n} suivis à échéance`, more: (n: number) => `et ${n} autre(s)` },
  en: { due: 'Follow-up due', missed: 'Missed follow-up', many: (n: number) => `${n} follow-ups due`, more: (n: number) => `and ${n} more` },
} as const;

function readNotified(file: string): Set<string> {
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const keys = (data as { notified?: unknown }).notified;
    return new Set(Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string').slice(0, MAX_REMEMBERED) : []);
  } catch {
    return new Set();
  }
}

function writeNotified(file: string, keys: Set<string>): void {
  try {
    writeFileSync(file, `${JSON.stringify({ notified: [...keys].slice(0, MAX_REMEMBERED) })}\n`);
  } catch (err) {
    console.error('chancery: could not remember which reminders were shown', err);
  }
}

function call<T>(store: DispatchingStore, method: string, input: unknown): T {
  const envelope = store.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.result as T;
}

function openFollowUps(store: DispatchingStore): ReminderItem[] {
  const items: ReminderItem[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = call<Page<FollowUp>>(store, 'followUps.list', { status: 'open', limit: PAGE, offset });
    for (const f of page.items) items.push({ id: f.id, title: f.title, eventTitle: f.eventTitle, due: f.due, snoozedUntil: f.snoozedUntil });
    if (page.items.length < PAGE || offset + PAGE >= page.total) return items;
  }
}

export function startReminders(host: ReminderHost): ReminderScheduler {
  const now = host.now ?? (() => new Date());
  let notified = readNotified(host.stateFile);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  // Notifications are garbage-collected with their click handler unless something holds them.
  const live = new Set<Notification>();

  function notify(due: DueReminder[], lang: NativeLang): boolean {
    if (!Notification.isSupported()) return false;
    const t = TEXT[lang];
    const first = due[0] as DueReminder;
    const single = due.length === 1;
    const title = single ? (first.missed ? t.missed : t.due) : t.many(due.length);
    const body = single
      ? `${first.item.title} — ${first.item.eventTitle}`
      : [...due.slice(0, GROUP_ABOVE).map((d) => d.item.title), ...(due.length > GROUP_ABOVE ? [t.more(due.length - GROUP_ABOVE)] : [])].join('\n');
    try {
      const n = new Notification({ title, body });
      live.add(n);
      n.on('click', () => {
        live.delete(n);
        host.openInApp(single ? `open-follow-up:${first.item.id}` : 'follow-ups');
      });
      n.on('close', () => live.delete(n));
      // Windows reports a notification it could not show; the reminder then goes to the in-app panel.
      n.on('failed', () => {
        live.delete(n);
        host.showInApp(toReminderPayload(due));
      });
      n.show();
      return true;
    } catch (err) {
      console.error('chancery: notification failed', err);
      return false;
    }
  }

  function announce(due: DueReminder[], settings: Settings): void {
    const lang = resolveLang(settings.language, app.getLocale());
    const groups = due.length > GROUP_ABOVE ? [due] : due.map((d) => [d]);
    for (const group of groups) {
      if (!settings.notifications || !notify(group, lang)) host.showInApp(toReminderPayload(group));
    }
  }

  function check(): void {
    if (stopped) return;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    let plan: ReturnType<typeof planReminders>;
    let settings: Settings;
    try {
      settings = call<Settings>(host.store, 'settings.get', {});
      plan = planReminders({ items: openFollowUps(host.store), reminderTime: settings.reminderTime, now: now(), notified });
    } catch (err) {
      console.error('chancery: could not plan reminders', err);
      return;
    }
    notified = plan.notified;
    if (plan.due.length > 0) {
      writeNotified(host.stateFile, notified);
      announce(plan.due, settings);
    }
    app.setBadgeCount(plan.dueCount);
    if (plan.delayMs !== null) timer = setTimeout(check, plan.delayMs);
  }

  const onResume = () => check();
  powerMonitor.on('resume', onResume);
  check();

  return {
    check,
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      powerMonitor.removeListener('resume', onResume);
    },
  };
}
