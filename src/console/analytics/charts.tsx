/**
 * The Analytics view's charts: plain SVG and CSS, no chart library. The charts are few and simple (bars), so a
 * library would add tens of kB to the console for nothing; SVG prints sharp ("Save as PDF"), needs no canvas or
 * CDN, and each chart carries its numbers as text for screen readers and the printout.
 */

/** Visitors per hour: 24 columns, every third hour labelled. */
export function HourChart({ perHour, label, busiest }: { perHour: readonly number[]; label: string; busiest: number | null }) {
  const max = Math.max(1, ...perHour);
  // Wide and low, so it reads the same on a laptop and in the printout (text stays ~12 px).
  const w = 960;
  const h = 190;
  const base = 166;
  const col = w / 24;
  return (
    <svg className="chart-hours" viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`${label}: ${perHour.map((n, i) => `${i}:00 ${n}`).filter((_, i) => perHour[i]! > 0).join(', ') || '0'}`}>
      <line x1="0" x2={w} y1={base + 0.5} y2={base + 0.5} className="axis" />
      {perHour.map((n, i) => {
        const bh = (n / max) * (base - 16);
        return (
          <g key={i}>
            <rect x={i * col + 2} y={base - bh} width={col - 4} height={bh} className={i === busiest && n > 0 ? 'bar bar--peak' : 'bar'} rx="2" />
            {n > 0 && (
              <text x={i * col + col / 2} y={base - bh - 4} className="value" textAnchor="middle">
                {n}
              </text>
            )}
            {i % 3 === 0 && (
              <text x={i * col + col / 2} y={h - 6} className="tick" textAnchor="middle">
                {String(i).padStart(2, '0')}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** Horizontal bars with a name and a value text, longest first as given. */
export function Bars({ rows, empty }: { rows: readonly { key: string; name: string; value: number; text: string }[]; empty: string }) {
  if (rows.length === 0) return <p className="chart-empty">{empty}</p>;
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <ol className="chart-bars">
      {rows.map((r) => (
        <li key={r.key}>
          <span className="chart-bars-name" title={r.name}>
            {r.name}
          </span>
          <span className="chart-bars-track" aria-hidden="true">
            <span style={{ width: `${Math.max(1, (r.value / max) * 100)}%` }} />
          </span>
          <span className="chart-bars-value">{r.text}</span>
        </li>
      ))}
    </ol>
  );
}

/** A split (modes, languages) as one stacked bar and a legend with counts. */
export function Split({ parts }: { parts: readonly { key: string; name: string; value: number }[] }) {
  const total = parts.reduce((a, p) => a + p.value, 0);
  return (
    <div className="chart-split">
      <div className="chart-split-bar" aria-hidden="true">
        {parts.map((p, i) => (p.value > 0 ? <span key={p.key} className={`split-${i}`} style={{ width: `${(p.value / Math.max(1, total)) * 100}%` }} /> : null))}
      </div>
      <ul>
        {parts.map((p, i) => (
          <li key={p.key}>
            <span className={`swatch split-${i}`} aria-hidden="true" />
            {p.name} <b>{p.value}</b>
            {total > 0 && <span className="muted"> · {Math.round((p.value / total) * 100)}%</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
