import { chartBars, monthStarts, summarizeSeries, type DaySeconds } from '../../lib/archive/dashboard.ts';
import { formatPartialDate } from '../../lib/dates.ts';
import { translator } from '../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import { formatDuration } from './duration.ts';

const t = translator(archiveStrings);

interface Props {
  /** Seconds per day, oldest first (90 days on the 学习档案 page). */
  series: DaySeconds[];
}

const WIDTH = 360;
const HEIGHT = 100;
/** Room above the bars for the scale's label, and below them for the months. */
const TOP = 16;
const LABELS = 16;

/**
 * Study time per day as a small inline SVG bar chart (no chart library). For screen readers the
 * picture has a title and a description, and the figures follow as text and as a table that
 * opens on request, so nothing is only in the bars.
 */
export default function StudyChart({ series }: Props) {
  const { bars, top } = chartBars(series, WIDTH, HEIGHT);
  const summary = summarizeSeries(series);
  const first = series[0]?.day ?? '';
  const last = series.at(-1)?.day ?? '';
  const active = [...series].reverse().filter((p) => p.seconds > 0);
  // The first day's month is labelled too, unless the next month starts too close for both to fit.
  const starts = monthStarts(series).filter((m, i, all) => i > 0 || (all[1]?.index ?? Infinity) - m.index >= 8);
  return (
    <figure class="study-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${TOP + HEIGHT + LABELS}`}
        role="img"
        aria-labelledby="study-chart-title"
        aria-describedby="study-chart-desc"
        class="study-chart-svg"
        focusable="false"
      >
        <title id="study-chart-title">{t('archive.chart.title')}</title>
        <desc id="study-chart-desc">
          {t('archive.chart.desc', { from: formatPartialDate(first), to: formatPartialDate(last), top: formatDuration(top) })}
        </desc>
        <text class="chart-label" x={0} y={11}>{formatDuration(top)}</text>
        <g transform={`translate(0 ${TOP})`}>
          <line class="chart-grid" x1={0} x2={WIDTH} y1={0.5} y2={0.5} />
          <line class="chart-grid" x1={0} x2={WIDTH} y1={HEIGHT / 2} y2={HEIGHT / 2} />
          <line class="chart-axis" x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} />
          {bars.map((b) => (b.height > 0 ? <rect key={b.day} class="chart-bar" x={b.x} y={b.y} width={b.width} height={b.height} data-day={b.day} data-seconds={b.seconds} /> : null))}
          {starts.map((m) => (
            <text key={m.index} class="chart-label" x={Math.min(m.index * (WIDTH / series.length), WIDTH - 26)} y={HEIGHT + 13}>
              {t('archive.chart.month', { m: m.month })}
            </text>
          ))}
        </g>
      </svg>
      <figcaption>
        {summary.total === 0 ? (
          <p data-chart-summary>{t('archive.chart.empty')}</p>
        ) : (
          <p data-chart-summary>
            {t('archive.chart.summary', {
              total: formatDuration(summary.total),
              days: summary.activeDays,
              average: formatDuration(summary.averagePerActiveDay),
              week: formatDuration(summary.lastWeek),
            })}
            {summary.best && t('archive.chart.best', { day: formatPartialDate(summary.best.day), time: formatDuration(summary.best.seconds) })}
          </p>
        )}
      </figcaption>
      {active.length > 0 && (
        <details class="study-chart-days">
          <summary>{t('archive.chart.details')}</summary>
          <table>
            <thead>
              <tr><th scope="col">{t('archive.chart.day')}</th><th scope="col">{t('archive.chart.time')}</th></tr>
            </thead>
            <tbody>
              {active.map((p) => (
                <tr key={p.day}><td>{formatPartialDate(p.day)}</td><td>{formatDuration(p.seconds)}</td></tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
