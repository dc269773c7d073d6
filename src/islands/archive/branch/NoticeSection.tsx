import type { Period } from '../../../lib/archive/branch/period.ts';
import {
  NOTICE_PLACEHOLDERS,
  NOTICE_TEMPLATE_MAX,
  NOTICE_TITLE_MAX,
  buildNotice,
  placeholderHelp,
  unknownPlaceholders,
} from '../../../lib/archive/branch/notice.ts';
import type { BranchReport, ReportRow } from '../../../lib/archive/branch/report.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import SummaryTable from './SummaryTable.tsx';

const t = translator(archiveStrings);

interface Props {
  report: BranchReport;
  /** The rows in the order shown on screen. */
  rows: readonly ReportRow[];
  period: Period;
  branch: string;
  /** The title and paragraph as typed (with placeholders). */
  title: string;
  template: string;
  onTitle: (title: string) => void;
  onTemplate: (template: string) => void;
  onReset: () => void;
  /** The day of issue in words. */
  issuedOn: string;
}

/**
 * 学习通报: the secretary edits the title and paragraph (with placeholders for the figures); the
 * notice below shows exactly what prints — title, period, figures, the paragraph as plain text,
 * and the table — and is the only thing on the A4 page.
 */
export default function NoticeSection(props: Props) {
  const { report, rows, period, branch, title, template, issuedOn } = props;
  const notice = buildNotice({ report, period, branch, title, template, issuedOn });
  const unknown = unknownPlaceholders(`${title}\n${template}`);
  return (
    <section class="branch-notice card" aria-labelledby="branch-notice-heading">
      <h2 id="branch-notice-heading">{t('archive.branch.notice.heading')}</h2>
      <p class="muted">{t('archive.branch.notice.lead')}</p>
      <div class="branch-notice-editor">
        <div class="field">
          <label for="branch-notice-title-input">{t('archive.branch.notice.titleLabel')}</label>
          <input id="branch-notice-title-input" type="text" maxLength={NOTICE_TITLE_MAX} value={title} onInput={(e) => props.onTitle(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="branch-notice-template">{t('archive.branch.notice.templateLabel')}</label>
          <textarea
            id="branch-notice-template"
            rows={7}
            maxLength={NOTICE_TEMPLATE_MAX}
            value={template}
            aria-describedby="branch-notice-placeholders"
            onInput={(e) => props.onTemplate(e.currentTarget.value)}
          />
        </div>
        <div id="branch-notice-placeholders" class="branch-placeholders">
          <p>{t('archive.branch.notice.placeholders')}</p>
          <ul>
            {NOTICE_PLACEHOLDERS.map((name) => (
              <li key={name}>
                <code>{`{${name}}`}</code> {placeholderHelp(name)}
              </li>
            ))}
          </ul>
        </div>
        {unknown.length > 0 && (
          <p class="branch-field-error" role="status">{t('archive.branch.notice.unknown', { names: unknown.join(' ') })}</p>
        )}
        <div class="branch-actions">
          <button type="button" class="button" onClick={() => window.print()} data-branch-print>{t('archive.branch.notice.print')}</button>
          <button type="button" class="button secondary" onClick={props.onReset}>{t('archive.branch.notice.reset')}</button>
        </div>
      </div>
      <h3 class="branch-preview-heading" id="branch-preview-heading">{t('archive.branch.notice.preview')}</h3>
      <article class="branch-paper" aria-labelledby="branch-paper-title" data-branch-notice>
        <h3 id="branch-paper-title" class="branch-paper-title">{notice.title}</h3>
        <p class="branch-paper-period">{t('archive.branch.notice.period', { period: notice.period })}</p>
        <h4>{t('archive.branch.notice.figuresHeading')}</h4>
        <dl class="branch-paper-figures">
          {notice.figures.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
        {/* The secretary's words as text: markup typed here prints as the characters typed. */}
        <div class="branch-paper-paragraph" data-branch-paragraph>
          {notice.paragraph.split(/\r?\n/).map((line, i) => (line.trim() ? <p key={i}>{line}</p> : null))}
        </div>
        <h4>{t('archive.branch.notice.tableHeading')}</h4>
        <div class="branch-paper-table" role="region" aria-label={t('archive.branch.notice.tableScroll')} tabIndex={0}>
          <SummaryTable rows={rows} totals={report.totals} caption={t('archive.branch.table.caption', { period: notice.period, count: rows.length })} variant="print" />
        </div>
        <p class="branch-paper-issued">{notice.issued}</p>
      </article>
    </section>
  );
}
