import { formatDuration, oneDecimal } from '../../../lib/archive/branch/format.ts';
import { rateFigure } from '../../../lib/archive/branch/notice.ts';
import { RATE_KEYS, type BranchReport } from '../../../lib/archive/branch/report.ts';
import { hasThresholds, standingText, type Thresholds } from '../../../lib/archive/branch/thresholds.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';

const t = translator(archiveStrings);

interface Props {
  report: BranchReport;
  thresholds: Thresholds;
}

const RATE_LABELS = {
  study: 'archive.branch.rate.study',
  attendance: 'archive.branch.rate.attendance',
  exam: 'archive.branch.rate.exam',
  selfcheck: 'archive.branch.rate.selfcheck',
  tasks: 'archive.branch.rate.tasks',
  overdue: 'archive.branch.rate.overdue',
} as const;

/** 总体情况: totals and averages, participation rates, and who falls short of the standards, in words. */
export default function Figures({ report, thresholds }: Props) {
  const { totals, below } = report;
  return (
    <section class="branch-figures-section" aria-labelledby="branch-figures-heading">
      <h3 id="branch-figures-heading">{t('archive.branch.figures.heading')}</h3>
      <dl class="branch-figures" data-branch-figures>
        <div>
          <dt>{t('archive.branch.figures.members')}</dt>
          <dd>{t('archive.branch.figures.membersValue', { count: totals.members })}</dd>
        </div>
        <div>
          <dt>{t('archive.branch.figures.studyTotal')}</dt>
          <dd>{formatDuration(totals.studySeconds)}</dd>
        </div>
        <div>
          <dt>{t('archive.branch.figures.studyAverage')}</dt>
          <dd>{formatDuration(totals.averageStudySeconds)}</dd>
        </div>
        <div>
          <dt>{t('archive.branch.figures.attendanceAverage')}</dt>
          <dd>{t('archive.branch.cell.days', { count: oneDecimal(totals.averageAttendanceDays) })}</dd>
        </div>
        <div>
          <dt>{t('archive.branch.figures.examAverage')}</dt>
          <dd>{totals.averageExamBest === null ? t('archive.branch.cell.noExam') : t('archive.branch.cell.score', { score: oneDecimal(totals.averageExamBest) })}</dd>
        </div>
      </dl>
      <h4>{t('archive.branch.figures.ratesHeading')}</h4>
      <dl class="branch-figures branch-rates" data-branch-rates>
        {RATE_KEYS.map((key) => (
          <div key={key} data-rate={key}>
            <dt>{t(RATE_LABELS[key])}</dt>
            <dd>{rateFigure(totals.rates[key])}</dd>
          </div>
        ))}
      </dl>
      <h4>{t('archive.branch.below.heading')}</h4>
      <div data-branch-below>
        {!hasThresholds(thresholds) ? (
          <p class="muted">{t('archive.branch.below.noThresholds')}</p>
        ) : below.length === 0 ? (
          <p>{t('archive.branch.below.none')}</p>
        ) : (
          <>
            <p>{t('archive.branch.below.count', { count: below.length })}</p>
            <ul class="branch-below-list">
              {below.map((row) => (
                <li key={row.key}>
                  <strong>{row.name}</strong>：{standingText(row.shortfalls)}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
