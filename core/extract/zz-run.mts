import { ownArticles } from '../../tests/unit/extract/corpus.ts';
const { extractDraft } = await import('./index.ts');
for (const a of ownArticles()) {
  const g = extractDraft(a.text).draft as any; const e = a.expected as any;
  const diffs: string[] = [];
  for (const k of ['kind','date','precision','place','countries','organisations','people','topics','followUps']) {
    const gs = JSON.stringify(g[k]), es = JSON.stringify(e[k]);
    if (gs !== es) diffs.push(`  ${k}:\n    got ${gs}\n    exp ${es}`);
  }
  console.log(a.name, g.title); if (diffs.length) console.log(diffs.join('\n'));
}
