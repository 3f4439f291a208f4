/** What a person types becomes a safe FTS5 expression: checked as text, and against a real FTS5 table. */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../core/search-query.ts';

describe('toFtsQuery', () => {
  it.each([
    ['goita', '"goita"*'],
    ['diop moscou', '"diop"* AND "moscou"*'],
    ['"soutien au Mali"', '"soutien au Mali"'],
    ['abuja OR moscou', '("abuja"* OR "moscou"*)'],
    ['mali -russie', '("mali"*) NOT ("russie"*)'],
    ['mali NOT russie', '("mali"*) NOT ("russie"*)'],
    ["l'Afrique", '"l Afrique"'],
    ['Côte-d’Ivoire', '"Côte d Ivoire"'],
    ['NEAR(mali', '"NEAR mali"'],
    ['AND', '"AND"*'],
    ['a"b', '"a"* AND "b"'],
  ])('turns %j into %s', (input, expected) => {
    expect(toFtsQuery(input)).toBe(expected);
  });

  it.each(['', '   ', '"', '""', '*', '(', ')', '-', "''", 'OR', 'NOT', '🤝', '-mali', '\u0000\u0001'])('has nothing to search for in %j', (input) => {
    expect(toFtsQuery(input)).toBeNull();
  });

  it('leaves the hyphen inside a word alone but excludes a leading one', () => {
    expect(toFtsQuery('Burkina-Faso')).toBe('"Burkina Faso"');
    expect(toFtsQuery('mali -Burkina-Faso')).toBe('("mali"*) NOT ("Burkina Faso")');
  });
});

describe('against a real FTS5 table', () => {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')");
  db.prepare('INSERT INTO t (body) VALUES (?)').run('Assimi Goïta reçoit Mikhaïl Bogdanov à Bamako');
  const match = db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');
  afterAll(() => db.close());

  const run = (input: string): number => {
    const q = toFtsQuery(input);
    return q === null ? 0 : (match.get(q) as { n: number }).n;
  };

  it('matches accents and prefixes either way', () => {
    expect(run('goita')).toBe(1);
    expect(run('GOÏTA')).toBe(1);
    expect(run('bogd')).toBe(1);
    expect(run('goita -bamako')).toBe(0);
  });

  it('never produces an expression FTS5 rejects, whatever is typed', () => {
    const pieces = fc.constantFrom('"', '*', '(', ')', '-', "'", ':', '^', '+', 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(', ' ', 'é', 'goita', '🇲🇱', '\u0000', 'Москва', '北京', '{', '}', ',');
    const typed = fc.oneof(fc.string({ maxLength: 60 }), fc.array(pieces, { maxLength: 20 }).map((p) => p.join('')), fc.string({ unit: 'grapheme', maxLength: 40 }));
    fc.assert(fc.property(typed, (input) => {
      expect(() => run(input)).not.toThrow();
    }), { numRuns: 2000 });
  });
});
