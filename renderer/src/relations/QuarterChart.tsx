import type { QuarterCount } from '../../../core/relations.ts';

/**
 * Contacts per quarter as plain SVG bars: no chart library, prints crisply, and every bar has a
 * text equivalent (a title and the list read by screen readers).
 */
export function QuarterChart({ quarters, label, barLabel }: { quarters: QuarterCount[]; label: string; barLabel: (q: string, n: number) => string }) {
  const max = Math.max(1, ...quarters.map((q) => q.count));
  const width = 600;
  const height = 120;
  const axis = 16;
  const slot = width / Math.max(1, quarters.length);
  const bar = Math.max(2, slot * 0.7);
  // Label years only, at each Q1 (or the first bar), so long spans stay legible.
  return (
    <figure className="rel-chart">
      <svg viewBox={`0 0 ${width} ${height + axis}`} role="img" aria-label={label} preserveAspectRatio="none">
        {quarters.map((q, i) => {
          const h = (q.count / max) * (height - 4);
          return (
            <g key={q.quarter}>
              <rect x={i * slot + (slot - bar) / 2} y={height - h} width={bar} height={h} className="rel-bar">
                <title>{barLabel(q.quarter, q.count)}</title>
              </rect>
              {i === 0 || q.quarter.endsWith('Q1') ? (
                <text x={i * slot + 1} y={height + axis - 3} className="rel-axis">
                  {q.quarter.slice(0, 4)}
                </text>
              ) : null}
            </g>
          );
        })}
        <line x1="0" y1={height} x2={width} y2={height} className="rel-baseline" />
      </svg>
      <ul className="sr-only">
        {quarters.map((q) => (
          <li key={q.quarter}>{barLabel(q.quarter, q.count)}</li>
        ))}
      </ul>
    </figure>
  );
}
