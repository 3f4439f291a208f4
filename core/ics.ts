/**
 * iCalendar (RFC 5545) for follow-ups, so they can sit in the user's own calendar. A follow-up
 * due on a day is an all-day event on that day; a window is an all-day span (DTEND is the day
 * after the last, as the RFC wants). Lines are folded at 75 octets without splitting a character.
 */
import { addCalendarDays } from './dates.ts';
import type { FollowUp } from './records.ts';

export interface IcsEvent {
  uid: string;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day included, `YYYY-MM-DD`. */
  end: string;
  summary: string;
  description: string;
  location: string | null;
}

/** TEXT values: backslash, semicolon and comma escaped, line breaks as `\n`, other controls dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const utf8Octets = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Splits a content line into lines of at most 75 octets, each continuation starting with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Octets(ch.codePointAt(0)!);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (date: string) => date.replace(/-/g, '');
/** `2025-07-01T09:00:00.000Z` → `20250701T090000Z`. */
const basicStamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+/, '');

export function toIcs(events: readonly IcsEvent[], stamp: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Chancery//Follow-ups//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${basicStamp(stamp)}`,
      `DTSTART;VALUE=DATE:${basicDate(e.start)}`,
      `DTEND;VALUE=DATE:${basicDate(addCalendarDays(e.end, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}

const placeText = (p: { name: string; country: string | null } | null) => (p ? (p.country ? `${p.name} (${p.country})` : p.name) : null);

/**
 * One calendar entry per follow-up: when a snoozed follow-up's snooze ends after its start, the
 * entry starts then, since that is when the user asked to be reminded.
 */
export function followUpToIcs(f: FollowUp, event: { title: string; date: string; place: { name: string; country: string | null } | null }): IcsEvent {
  const from = f.due.kind === 'date' ? f.due.date : f.due.from;
  const to = f.due.kind === 'date' ? f.due.date : f.due.to;
  const start = f.snoozedUntil && f.snoozedUntil > from ? f.snoozedUntil : from;
  const eventPlace = placeText(event.place);
  const description = [
    `Event: ${event.title} (${event.date})`,
    ...(eventPlace ? [`Place of the event: ${eventPlace}`] : []),
    ...(f.wording ? [`Wording: ${f.wording}`] : []),
    ...(f.notes ? ['', f.notes] : []),
  ].join('\n');
  return {
    uid: `${f.id}@chancery`,
    start,
    end: to < start ? start : to,
    summary: f.title,
    description,
    location: placeText(f.place) ?? eventPlace,
  };
}
