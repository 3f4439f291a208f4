/** Snippets made in JS from the row's text, checked part for part against FTS5's own snippet(). */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { SnippetPart } from '../../core/records.ts';
import { parseQuery, toFtsQuery } from '../../core/search-query.ts';
import { makeSnippet, snippetPhrases } from '../../core/snippet.ts';

/** FTS5's marked snippet as parts: \u0002 opens a hit, \u0003 closes it. */
function parts(marked: string): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (const chunk of marked.split('\u0002')) {
    const end = chunk.indexOf('\u0003');
    if (end === -1) { if (chunk) out.push({ text: chunk, hit: false }); continue; }
    if (end > 0) out.push({ text: chunk.slice(0, end), hit: true });
    if (chunk.slice(end + 1)) out.push({ text: chunk.slice(end + 1), hit: false });
  }
  return out;
}

const snippet = (columns: string[], query: string) => makeSnippet(columns, snippetPhrases(parseQuery(query)!));

describe('makeSnippet', () => {
  it('marks the matched words, folded either way, and nothing else', () => {
    expect(snippet(['Entretien avec le général Assimi Goïta', ''], 'goita')).toEqual([
      { text: 'Entretien avec le général Assimi ', hit: false },
      { text: 'Goïta', hit: true },
    ]);
  });

  it('cuts a long text to a window around the hits, with ellipses', () => {
    const long = 'Un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze. Le ministre Lavrov reçoit la délégation malienne à Moscou pour un long entretien sur la sécurité régionale.';
    const text = snippet(['Réunion', long], 'lavrov securite').map((p) => p.text).join('');
    expect(text.startsWith('…') || text.startsWith('Le')).toBe(true);
    expect(text).toContain('Lavrov');
    expect(snippet(['Réunion', long], 'lavrov securite').filter((p) => p.hit).map((p) => p.text)).toEqual(['Lavrov', 'sécurité']);
  });

  it('marks a phrase as one stretch and a prefix as the whole word', () => {
    expect(snippet(['Soutien à la souveraineté du Mali'], '"souveraineté du mali"').filter((p) => p.hit).map((p) => p.text)).toEqual(['souveraineté du Mali']);
    expect(snippet(['Mikhaïl Bogdanov à Bamako'], 'bogd').filter((p) => p.hit).map((p) => p.text)).toEqual(['Bogdanov']);
  });

  it('answers the start of the first column, unmarked, when no word is found', () => {
    expect(snippet(['Visite à Dakar', 'autre'], 'zanzibar')).toEqual([{ text: 'Visite à Dakar', hit: false }]);
  });
});

describe('against FTS5 snippet()', () => {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(a, b, c, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')");
  const insert = db.prepare('INSERT INTO t (rowid, a, b, c) VALUES (?, ?, ?, ?)');
  const clear = db.prepare('DELETE FROM t');
  const ask = db.prepare("SELECT snippet(t, -1, char(2), char(3), '…', 14) FROM t WHERE t MATCH ? AND rowid = 1").pluck();
  afterAll(() => db.close());

  const words = ['Mali', 'malien', 'Goïta', 'goita', 'Lavrov', 'sécurité', 'securite', 'réunion', 'de', 'la', 'du', 'ministre', 'ministère', 'Niamey', 'sommet', 'CEDEAO', 'Moscou', '2024', 'Genève', 'coopération', 'militaire', 'État', 'ÉTAT', 'etat', 'Égypte', 'MALI', 'Ouagadougou', 'Œuvre', 'Ελλάδα', '東京'];
  const seps = [' ', ' ', ' ', ', ', '. ', ': ', ' — ', ' (', ') ', "'", '’', '-', '\n'];
  const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { maxLength: 40 }).map((ws) => ws.map(([w, s]) => w + s).join('').trim());
  const query = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom('mal', 'minis', 'secu', 'gen', 'coop', '"la securite"', '"de la"', 'OR', 'eta', 'Égy', 'état', 'ouaga', 'œuvre', 'ελλ', '東京', '"état mali"')), { minLength: 1, maxLength: 3 }).map((q) => q.join(' '));

  it('chooses the same window and marks the same words', () => {
    fc.assert(fc.property(text, text, text, query, (a, b, c, q) => {
      const fts = toFtsQuery(q);
      if (fts === null) return;
      clear.run();
      insert.run(1, a, b, c);
      const marked = ask.get(fts) as string | undefined;
      if (marked === undefined) return; // the row does not match: no snippet is asked for
      expect(makeSnippet([a, b, c], snippetPhrases(parseQuery(q)!))).toEqual(parts(marked));
    }), { numRuns: 1500 });
  });
});
