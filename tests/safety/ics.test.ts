/** The iCalendar export of open follow-ups, read back by ical.js, a maintained parser. */
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../../core/ics.ts';
import { maliRussiaMeeting, plainEvent } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('the iCalendar writer', () => {
  it('folds lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
  });

  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('data.exportIcs', () => {
  let t: TestStore;
  beforeEach(() => {
    t = openTestStore();
    const meeting = t.call('events.create', maliRussiaMeeting({
      followUps: [{ title: 'Consultations politiques à Bamako', window: { from: '2025-07-14', to: '2025-08-10' }, wording: 'dans les prochaines semaines', place: { name: 'Bamako', country: 'ML' }, notes: 'Préparer la note; voir, aussi "le" dossier' }],
    }));
    t.call('followUps.create', { eventId: meeting.id, title: 'Envoyer le compte rendu', due: '2025-06-30' });
    const done = t.call('followUps.create', { eventId: meeting.id, title: 'Déjà fait', due: '2025-06-25' });
    t.call('followUps.complete', { id: done.id });
    t.call('events.create', plainEvent('Sans lieu', '2025-05-01', { followUps: [{ title: `Un titre très long ${'é'.repeat(80)}`, due: '2025-12-31' }] }));
  });
  afterEach(() => t.cleanup());

  it('has one all-day entry per open follow-up, with a stable UID', () => {
    const { ics } = t.call('data.exportIcs');
    const events = parse(ics);
    expect(events.map((e) => e.summary).sort()).toEqual(['Consultations politiques à Bamako', 'Envoyer le compte rendu', `Un titre très long ${'é'.repeat(80)}`]);
    const ids = t.call('followUps.list', { status: 'open' }).items.map((f) => `${f.id}@chancery`);
    expect(events.map((e) => e.uid).sort()).toEqual(ids.sort());
  });

  it('spans a window as whole days, with the end exclusive', () => {
    const window = parse(t.call('data.exportIcs').ics).find((e) => e.summary === 'Consultations politiques à Bamako')!;
    expect(window.startDate.isDate).toBe(true);
    expect(window.startDate.toString()).toBe('2025-07-14');
    expect(window.endDate.toString()).toBe('2025-08-11');
    expect(window.duration.toSeconds()).toBe(28 * 86_400);
  });

  it('puts a due date on its one day', () => {
    const due = parse(t.call('data.exportIcs').ics).find((e) => e.summary === 'Envoyer le compte rendu')!;
    expect(due.startDate.toString()).toBe('2025-06-30');
    expect(due.endDate.toString()).toBe('2025-07-01');
  });

  it('describes the event and its place, and gives the follow-up\'s place as location', () => {
    const window = parse(t.call('data.exportIcs').ics).find((e) => e.summary === 'Consultations politiques à Bamako')!;
    expect(window.description).toBe(
      'Event: Entretien Mali–Russie à Moscou (2025-06-23)\nPlace of the event: Moscou (RU)\nWording: dans les prochaines semaines\n\nPréparer la note; voir, aussi "le" dossier',
    );
    expect(window.location).toBe('Bamako (ML)');
    const due = parse(t.call('data.exportIcs').ics).find((e) => e.summary === 'Envoyer le compte rendu')!;
    expect(due.location).toBe('Moscou (RU)');
  });

  it('is CRLF text with no line over 75 octets', () => {
    const { ics } = t.call('data.exportIcs');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
