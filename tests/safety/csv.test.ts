/** CSV for spreadsheets: RFC 4180, a BOM first, and every awkward text read back exactly. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from '../../core/csv.ts';
import { maliRussiaMeeting, plainEvent } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';
import { csvRecords, parseCsv } from './csv-parse.ts';

describe('the CSV writer', () => {
  it('quotes fields holding a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('dit "non"')).toBe('"dit ""non"""');
    expect(csvField('ligne\nsuivante')).toBe('"ligne\nsuivante"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('starts with a BOM and ends every record with CRLF', () => {
    const text = toCsv(['a', 'b'], [['1', '2']]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe('a,b\r\n1,2\r\n');
  });

  it('defuses a cell a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil.example","clic")')).toBe(`"'=HYPERLINK(""http://evil.example"",""clic"")"`);
    expect(csvField('+33 1 23')).toBe("'+33 1 23");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=1', { neutraliseFormulas: false })).toBe('=1');
  });
});

describe('data.exportCsv', () => {
  let t: TestStore;
  const awkward = 'Réunion « Mali–Russie », dite "historique"\nsuite; fin';
  beforeEach(() => {
    t = openTestStore();
    t.call('events.create', maliRussiaMeeting({ title: awkward, summary: 'Ligne 1\r\nLigne 2, avec virgule\n"citation"' }));
    t.call('events.create', plainEvent('Sommet à Abuja', '2025-06-01', { followUps: [{ title: 'Rapport, "final"', window: { from: '2025-07-01', to: '2025-07-31' }, wording: 'en juillet' }] }));
  });
  afterEach(() => t.cleanup());

  it('writes one row per event in timeline order, and each text reads back exactly', () => {
    const { events } = t.call('data.exportCsv');
    expect(events.startsWith(BOM)).toBe(true);
    const rows = csvRecords(events.slice(1));
    expect(rows.map((r) => r.title)).toEqual(['Sommet à Abuja', awkward]);
    const meeting = rows[1]!;
    expect(meeting).toMatchObject({ date: '2025-06-23', kind: 'meeting', place: 'Moscou', placeCountry: 'RU', countries: 'ML; RU' });
    expect(meeting.summary).toBe(t.call('events.get', { id: meeting.id! }).summary);
    expect(meeting.summary).toContain('Ligne 2, avec virgule\n"citation"');
    expect(meeting.people).toContain('Abdoulaye Diop (head_of_delegation)');
    expect(meeting.openFollowUps).toBe('1');
  });

  it('writes one row per follow-up with its event and due window', () => {
    const { followUps } = t.call('data.exportCsv');
    expect(followUps.startsWith(BOM)).toBe(true);
    const rows = csvRecords(followUps.slice(1));
    const report = rows.find((r) => r.title === 'Rapport, "final"')!;
    expect(report).toMatchObject({ eventTitle: 'Sommet à Abuja', status: 'open', dueFrom: '2025-07-01', dueTo: '2025-07-31', wording: 'en juillet' });
    expect(rows.find((r) => r.eventTitle === awkward)?.title).toBe('Consultations politiques à Bamako');
  });

  it('has the same number of fields in every record', () => {
    const { events, followUps } = t.call('data.exportCsv');
    for (const text of [events, followUps]) {
      const rows = parseCsv(text.slice(1));
      expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    }
  });
});
