import { t } from '../../browser/i18n';
import type { ChartLayout } from '../../core/timeline/chart-layout';
import { barTitle, consentMarker } from '../../core/timeline/chart-svg';

/**
 * The Timeline tab's picture: one bar per visit, cookies written stacked by category above the line, removals
 * below. Our own few lines of SVG over the shared geometry (the HTML report draws the same layout as a string), so
 * no charting library's bytes; colours come from the theme's category variables, light or dark.
 */
export function TimelineChart({ layout, site }: { layout: ChartLayout; site: string }) {
  const { width, height, axis } = layout;
  return (
    <svg
      class="timeline-chart"
      data-testid="timeline-chart"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={t('timelineChartLabel', site)}
    >
      {layout.bars.length === 0 ? (
        <text x={width / 2} y={height / 2} text-anchor="middle" class="chart-empty">
          {t('timelineNoVisits')}
        </text>
      ) : null}
      {layout.bars.map((bar) => (
        <g key={bar.at} data-testid="chart-bar">
          <title>{barTitle(bar)}</title>
          {bar.segments.map((s) => (
            <rect key={s.category} class={`fill-${s.category}`} x={bar.x} y={s.y} width={bar.width} height={s.height} />
          ))}
          {bar.removal ? (
            <rect class="fill-removed" x={bar.x} y={bar.removal.y} width={bar.width} height={bar.removal.height} />
          ) : null}
          {bar.consent.length > 0 ? (
            <path class="chart-consent" data-testid="chart-consent" d={consentMarker(bar)} />
          ) : null}
        </g>
      ))}
      <line class="chart-axis" x1={0} y1={axis} x2={width} y2={axis} />
    </svg>
  );
}
