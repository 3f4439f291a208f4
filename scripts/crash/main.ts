/**
 * `npm run test:crash -- --iterations N --json FILE [--seed S] [--dir DIR]`: kills a writer N
 * times and reports `{ iterations, acknowledged, lost, corrupt }`. Exits 1 when anything was
 * lost or corrupt, 2 on a bad command line.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runCrash } from './harness.ts';

function usage(problem: string): never {
  process.stderr.write(`test:crash: ${problem}\nusage: node scripts/crash/main.ts --iterations N [--json FILE] [--seed S] [--dir DIR]\n`);
  process.exit(2);
}

function whole(name: string, raw: string | undefined, dflt?: number): number {
  if (raw === undefined) return dflt ?? usage(`--${name} is required`);
  if (!/^\d+$/.test(raw)) usage(`--${name}: ${raw} is not a whole number`);
  return Number(raw);
}

let values;
try {
  ({ values } = parseArgs({
    options: { iterations: { type: 'string' }, json: { type: 'string' }, seed: { type: 'string' }, dir: { type: 'string' } },
    strict: true,
  }));
} catch (err) {
  usage((err as Error).message);
}

const iterations = whole('iterations', values.iterations);
if (iterations < 1) usage('--iterations must be at least 1');
const report = await runCrash({
  iterations,
  seed: values.seed === undefined ? undefined : whole('seed', values.seed),
  dir: values.dir,
  onIteration: (i, r) => process.stderr.write(`\r${i + 1}/${iterations} iterations, ${r.acknowledged} writes acknowledged, ${r.lost} lost, ${r.corrupt} corrupt`),
});
process.stderr.write('\n');
for (const line of report.failures) process.stderr.write(`${line}\n`);
const summary = { iterations: report.iterations, acknowledged: report.acknowledged, lost: report.lost, corrupt: report.corrupt, seed: report.seed };
if (values.json) writeFileSync(values.json, `${JSON.stringify(summary, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(summary)}\n`);
process.exit(report.lost === 0 && report.corrupt === 0 && report.failures.length === 0 ? 0 : 1);
