/**
 * Electronegativity on the desktop shell's source. Its CLI exits 0 even with HIGH findings, so
 * the gate reads its report: a finding passes only when it is reviewed in electron/SECURITY.md.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './build-app.ts';

interface Finding {
  id: string;
  file: string;
  description: string;
  sample?: string;
  location: { line: number };
  severity: { value: number; name: string };
  confidence: { value: number; name: string };
  manualReview: boolean;
}
interface Report {
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}

const MEDIUM = 2;
const HIGH = 3;
const scratch = mkdtempSync(path.join(tmpdir(), 'chancery-eng-'));

async function scan(source: string): Promise<Report> {
  const out = path.join(scratch, `${path.basename(source)}-${Math.random().toString(36).slice(2)}.json`);
  await promisify(execFile)(process.execPath, [path.join(ROOT, 'tests/electron/electronegativity-scan.mjs'), source, out], { cwd: ROOT, timeout: 120_000 });
  return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

/** Rows of the "Reviewed Electronegativity findings" table: check, file, severity. */
function reviewed(): { id: string; file: string; severity: string }[] {
  const md = readFileSync(path.join(ROOT, 'electron', 'SECURITY.md'), 'utf8');
  const section = md.split('## Reviewed Electronegativity findings')[1] ?? '';
  return section
    .split('\n')
    .filter((line) => /^\|\s*[A-Z_]+\s*\|/.test(line))
    .map((line) => line.split('|').map((c) => c.trim()))
    .map((cells) => ({ id: cells[1]!, file: cells[2]!, severity: cells[3]! }));
}

const describeFinding = (f: Finding) => `${f.severity.name} ${f.id} in ${f.file}:${f.location.line} — ${f.description}`;

let ours: Report;
let insecure: Report;

beforeAll(async () => {
  // A deliberately insecure window, to show the scan does catch what it is meant to.
  const bad = path.join(scratch, 'insecure');
  mkdirSync(bad);
  writeFileSync(
    path.join(bad, 'main.js'),
    "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
  );
  [ours, insecure] = await Promise.all([scan(path.join(ROOT, 'electron')), scan(bad)]);
  console.info(`Electronegativity on electron/: ${ours.issues.length} finding(s)\n${ours.issues.map((f) => `  ${describeFinding(f)}`).join('\n')}`);
}, 180_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('Electronegativity on electron/', () => {
  it('parsed every source file, so none escaped the scan', () => {
    expect(ours.errors.filter((e) => !e.tolerable)).toEqual([]);
  });

  it('reports no HIGH finding', () => {
    expect(ours.issues.filter((f) => f.severity.value >= HIGH).map(describeFinding)).toEqual([]);
  });

  it('reports no MEDIUM finding except the tool’s own "review this use" prompts, each reviewed in SECURITY.md', () => {
    const rows = reviewed();
    const unaccepted = ours.issues
      .filter((f) => f.severity.value >= MEDIUM)
      .filter((f) => !(f.manualReview && rows.some((r) => r.id === f.id && r.file === f.file && r.severity === 'MEDIUM (manual review)')));
    expect(unaccepted.map(describeFinding)).toEqual([]);
  });

  it('lists every LOW finding with its reason in SECURITY.md', () => {
    const rows = reviewed();
    const unlisted = ours.issues.filter((f) => f.severity.value < MEDIUM && !rows.some((r) => r.id === f.id && r.file === f.file && r.severity === f.severity.name));
    expect(unlisted.map(describeFinding)).toEqual([]);
  });

  it('keeps no stale row in SECURITY.md', () => {
    const stale = reviewed().filter((r) => !ours.issues.some((f) => f.id === r.id && f.file === r.file));
    expect(stale).toEqual([]);
  });

  it('does flag an insecure window, so the gate is not vacuous', () => {
    const high = insecure.issues.filter((f) => f.severity.value >= HIGH).map((f) => f.id);
    expect(high).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']));
  });
});
