import { memo, useMemo } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { MonthCount } from '../../../core/records.ts';
import type { Lang } from '../../../core/taxonomy.ts';
import { formatMonth } from '../ui/dates.ts';
import { messages } from './messages.ts';

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from the first to the last with events, zeros included, so the strip is to scale. */
export function monthSpan(months: MonthCount[]): MonthCount[] {
  const counts = new Map<string, number>();
  for (const mc of months) {
    const key = mc.month.length === 4 ? `${mc.month}-01` : mc.month.slice(0, 7);
    counts.set(key, (counts.get(key) ?? 0) + mc.count);
  }
  const keys = [...counts.keys()].sort();
  if (keys.length === 0) return [];
  const out: MonthCount[] = [];
  const last = keys[keys.length - 1] as string;
  // Bounded: dates are years 1–9999, so at most ~120k months even for absurd data.
  for (let m = keys[0] as string; m <= last && out.length < 120_000; m = nextMonth(m)) out.push({ month: m, count: counts.get(m) ?? 0 });
  return out;
}

/**
 * Events per month as one SVG path (one DOM node however many months), operable as a slider:
 * click or arrow keys jump the timeline to a month.
 */
export const DensityStrip = memo(function DensityStrip({ months, current, lang, onJump }: { months: MonthCount[]; current: string | null; lang: Lang; onJump: (month: string) => void }) {
  const m = messages[lang];
  const span = useMemo(() => monthSpan(months), [months]);
  const { path, max } = useMemo(() => {
    const max = Math.max(1, ...span.map((s) => s.count));
    let d = '';
    span.forEach((s, i) => {
      if (s.count === 0) return;
      const h = Math.max(1.5, Math.sqrt(s.count / max) * 28);
      d += `M${i} ${30 - h}h0.85v${h}h-0.85z`;
    });
    return { path: d, max };
  }, [span]);
  if (span.length < 2) return null;
  const index = Math.max(0, span.findIndex((s) => s.month === current));
  const at = span[index] as MonthCount;

  const jumpIndex = (i: number) => {
    const clamped = Math.max(0, Math.min(span.length - 1, i));
    onJump((span[clamped] as MonthCount).month);
  };
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    jumpIndex(Math.floor(((e.clientX - box.left) / box.width) * span.length));
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const step: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -12, PageUp: 12 };
    if (e.key in step) jumpIndex(index + (step[e.key] as number));
    else if (e.key === 'Home') jumpIndex(0);
    else if (e.key === 'End') jumpIndex(span.length - 1);
    else return;
    e.preventDefault();
  };
  const firstYear = Number(span[0]?.month.slice(0, 4));
  const lastYear = Number(span[span.length - 1]?.month.slice(0, 4));
  const yearStep = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  const labels: { year: number; x: number }[] = [];
  for (let y = firstYear; y <= lastYear; y += yearStep) {
    const i = span.findIndex((s) => s.month.startsWith(String(y)));
    if (i >= 0) labels.push({ year: y, x: (i / span.length) * 100 });
  }
  return (
    <div className="density">
      <svg
        className="density-bars"
        viewBox={`0 0 ${span.length} 30`}
        preserveAspectRatio="none"
        role="slider"
        tabIndex={0}
        aria-label={m.density}
        aria-valuemin={0}
        aria-valuemax={span.length - 1}
        aria-valuenow={index}
        aria-valuetext={m.densityValue(formatMonth(at.month, lang), at.count)}
        data-max={max}
        onClick={onClick}
        onKeyDown={onKey}
      >
        <path d={path} />
        <rect className="density-cursor" x={index} y={0} width={Math.max(1, span.length / 200)} height={30} />
      </svg>
      <div className="density-years" aria-hidden="true">
        {labels.map((l) => (
          <span key={l.year} style={{ left: `${l.x}%` }}>
            {l.year}
          </span>
        ))}
      </div>
    </div>
  );
});
