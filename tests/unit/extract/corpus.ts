/** The article set the extraction tests share: the shared fixture plus our own articles, each with its expected draft. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventInputRaw } from '../../../core/schemas.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const projectRoot = resolve(here, '../../..');
export const ARTICLES = join(projectRoot, 'tests/fixtures/articles');
export const SHARED_FIXTURE = resolve(projectRoot, '../shared/fixtures/article-mali-russie-2025-06-23.fr.txt');

export interface Article {
  name: string;
  text: string;
  expected: EventInputRaw;
}

const readExpected = (name: string) => JSON.parse(readFileSync(join(ARTICLES, `${name}.expected.json`), 'utf8')) as EventInputRaw;

export function sharedFixture(): Article {
  return { name: 'article-mali-russie-2025-06-23', text: readFileSync(SHARED_FIXTURE, 'utf8'), expected: readExpected('article-mali-russie-2025-06-23') };
}

export function ownArticles(): Article[] {
  return readdirSync(ARTICLES)
    .filter((f) => /\.(fr|en)\.txt$/.test(f))
    .sort()
    .map((f) => {
      const name = f.replace(/\.(fr|en)\.txt$/, '');
      return { name, text: readFileSync(join(ARTICLES, f), 'utf8'), expected: readExpected(name) };
    });
}
