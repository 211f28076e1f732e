import { sparklinePoints } from '../core/timeline/chart-layout';

/** A site's cookie events per day over the last 30 days, oldest left: a glance at when it was busy. */
export function Sparkline({ counts, label }: { counts: readonly number[]; label: string }) {
  const width = 90;
  const height = 18;
  return (
    <svg
      class="sparkline"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <polyline points={sparklinePoints(counts, width, height)} fill="none" stroke="currentColor" stroke-width="1.5" />
    </svg>
  );
}
