/** The table printed on stdout and kept in bench/README.md: one column per size, target met or missed. */
import type { BenchResult } from './result.ts';
import { FIGURES } from './targets.ts';

const fmt = (v: number, digits = 2) => v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

export function renderTable(result: BenchResult): string {
  const sizes = result.results.map((r) => r.events);
  const head = ['figure', 'target', ...sizes.map((n) => `${fmt(n, 0)} events`)];
  const rows = FIGURES.map((f) => [
    f.unit ? `${f.label} (${f.unit})` : f.label,
    f.goal || '—',
    ...result.results.map((r) => {
      const v = f.value(r);
      if (v === null) return 'skipped';
      const shown = f.label.startsWith('hot queries') ? (v === 1 ? 'yes' : 'no') : fmt(v, f.digits ?? 2);
      return f.goal && (f.atEvents === undefined || f.atEvents === r.events) ? `${shown} ${f.met(v) ? 'met' : 'MISSED'}` : shown;
    }),
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const notes = result.results.flatMap((r) => [
    r.uiSkipped ? `- ${fmt(r.events, 0)} events, UI skipped: ${r.uiSkipped}` : null,
    r.peerSkipped ? `- ${fmt(r.events, 0)} events, peer skipped: ${r.peerSkipped}` : null,
    r.importThreadSkipped ? `- ${fmt(r.events, 0)} events, Import… of one file skipped: ${r.importThreadSkipped}` : null,
  ]).filter((x): x is string => x !== null);
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line), ...(notes.length ? ['', ...notes] : [])].join('\n');
}

export function describeMachineLine(result: BenchResult): string {
  const m = result.machine;
  return `${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM, ${m.os}; Node ${m.node}, SQLite ${m.sqlite}, Chromium ${m.chromium ?? 'not run'}; load average ${m.loadAtStart} at start, ${m.loadAtEnd ?? '?'} at end; calibration ${m.calibrationMs} ms`;
}
