import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { branchCsv, branchCsvFileName } from '../../../lib/archive/branch/csv.ts';
import { EMPTY_LOAD, addCheckedFiles, type LoadResult } from '../../../lib/archive/branch/load.ts';
import { defaultNoticeTemplate, defaultNoticeTitle } from '../../../lib/archive/branch/notice.ts';
import { parsePeriod, periodIdOf, periodLabel } from '../../../lib/archive/branch/period.ts';
import { buildReport } from '../../../lib/archive/branch/report.ts';
import { firstDirection, sortRows, type SortDirection, type SortKey } from '../../../lib/archive/branch/sort.ts';
import type { RoleInfo } from '../../../lib/archive/branch/summary.ts';
import { beijingDay, formatPartialDate } from '../../../lib/dates.ts';
import { $branch, EMPTY_BRANCH, resetNoticeText, saveNoticeText, saveThresholds } from '../../../stores/branch.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import commonStrings from 'virtual:zh-CN/common';
import ConfirmDialog from '../../common/ConfirmDialog.tsx';
import UndoNotice from '../../common/UndoNotice.tsx';
import { useClientStore } from '../../use-client-store.ts';
import { loadDocumentList } from '../../../stores/document-list.ts';
import { useLoaded } from '../../common/use-loaded.ts';
import DocListError from '../../dashboard/DocListError.tsx';
import { downloadText } from '../../common/download.ts';
import FilePicker from './FilePicker.tsx';
import Figures from './Figures.tsx';
import LoadIssues from './LoadIssues.tsx';
import NoticeSection from './NoticeSection.tsx';
import PeriodPicker from './PeriodPicker.tsx';
import { checkFiles } from './read-files.ts';
import SummaryTable, { COLUMN_KEYS } from './SummaryTable.tsx';
import ThresholdsForm from './ThresholdsForm.tsx';

const t = translator({ ...archiveStrings, ...commonStrings });

interface Props {
  /** Roles members choose from (site.config.ts). */
  roles: RoleInfo[];
  /** The branch's name, for the 通报. */
  branch: string;
}

type Progress = { done: number; total: number };

/**
 * 支部汇总: the secretary picks or drops many members' 学习档案 files; each is checked on its own,
 * duplicates keep the newest, and the page shows the 学习考勤表 for a month or quarter with
 * totals, participation rates and who falls short of the standards, exports it as CSV and
 * prints a 学习通报. Files are read in the browser only and never stored. The must-learn documents
 * and who must learn them come from the cached /documents.json, fetched as the page opens.
 */
export default function BranchReport({ roles, branch }: Props) {
  const settings = useClientStore($branch, EMPTY_BRANCH);
  const [load, setLoad] = useState<LoadResult>(EMPTY_LOAD);
  const loadRef = useRef(load);
  loadRef.current = load;
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState('');
  const [cleared, setCleared] = useState<LoadResult | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [today, setToday] = useState<string | null>(null);
  const [periodId, setPeriodId] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'name', direction: 'ascending' });
  const [sortMessage, setSortMessage] = useState('');
  const [csvMessage, setCsvMessage] = useState('');
  const [titleDraft, setTitleDraft] = useState<string | null>(null);
  const [templateDraft, setTemplateDraft] = useState<string | null>(null);

  // "Today" and the default period are the browser's, not the build's.
  useEffect(() => {
    const day = beijingDay(new Date());
    setToday(day);
    setPeriodId(periodIdOf(day, 'month'));
  }, []);

  const period = periodId ? parsePeriod(periodId) : undefined;
  const list = useLoaded(loadDocumentList);
  const context = useMemo(
    () => (list.status === 'ready' ? { roles, documents: list.value.docs.map(({ id, audience }) => ({ id, audience })) } : undefined),
    [roles, list],
  );
  const report = useMemo(
    () => (period && context && load.members.length ? buildReport(load.members, period, context, settings.thresholds) : undefined),
    [load.members, periodId, context, settings.thresholds],
  );
  const rows = useMemo(() => (report ? sortRows(report.rows, sort.key, sort.direction) : []), [report, sort]);

  // Marks the moment the table is on screen, for the benchmark (scripts/bench-branch.mjs).
  useEffect(() => {
    if (report) performance.mark('branch:table');
  }, [load]);

  const onFiles = async (files: File[]) => {
    if (progress) return;
    setStatus('');
    setCleared(null);
    setProgress({ done: 0, total: files.length });
    const checked = await checkFiles(files, (done, total) => setProgress({ done, total }));
    performance.mark('branch:checked');
    const before = loadRef.current;
    const next = addCheckedFiles(before, checked, beijingDay(new Date()));
    setLoad(next);
    setProgress(null);
    setStatus(
      t('archive.branch.files.done', {
        total: files.length,
        members: next.members.length,
        rejected: next.rejected.length - before.rejected.length,
        replaced: next.replaced.length - before.replaced.length,
      }),
    );
  };

  const onSort = (key: SortKey) => {
    const direction: SortDirection = sort.key === key ? (sort.direction === 'ascending' ? 'descending' : 'ascending') : firstDirection(key);
    setSort({ key, direction });
    setSortMessage(t('archive.branch.table.sorted', { column: t(COLUMN_KEYS[key]), direction: t(`archive.branch.table.${direction}`) }));
  };

  const exportCsv = () => {
    if (!period) return;
    const name = branchCsvFileName(period);
    downloadText(name, branchCsv(rows), 'text/csv');
    setCsvMessage(t('archive.branch.csv.done', { file: name }));
  };

  const years = useMemo(() => {
    const thisYear = Number((today ?? '2026').slice(0, 4));
    // A file dated in the future says nothing true about which years exist.
    const seen = [thisYear, ...load.members.filter((m) => !m.futureDated).map((m) => Number(m.exportedAt.slice(0, 4))), period?.year ?? thisYear].filter((y) => y >= 2000 && y <= 2100);
    const from = Math.max(Math.min(...seen, thisYear - 2), thisYear - 10);
    const to = Math.max(...seen);
    return Array.from({ length: to - from + 1 }, (_, i) => to - i);
  }, [today, load.members, period?.year]);

  const count = load.members.length;
  const title = titleDraft ?? settings.title ?? defaultNoticeTitle();
  const template = templateDraft ?? settings.template ?? defaultNoticeTemplate();

  return (
    <div class="branch-report">
      <section class="card branch-load" aria-labelledby="branch-files-heading">
        <h2 id="branch-files-heading">{t('archive.branch.files.heading')}</h2>
        <FilePicker onFiles={(files) => void onFiles(files)} busy={progress !== null} />
        <div class="branch-progress" aria-live="polite" data-branch-progress>
          {progress && (
            <>
              <p>{t('archive.branch.files.checking', { done: progress.done, total: progress.total })}</p>
              <progress max={progress.total} value={progress.done} aria-label={t('archive.branch.files.progress')} />
            </>
          )}
        </div>
        <p role="status" class="branch-status" data-branch-status>{status}</p>
        {cleared && (
          <UndoNotice
            message={t('archive.branch.files.cleared', { count: cleared.members.length })}
            undoLabel={t('common.undo')}
            onUndo={() => {
              setLoad(cleared);
              setCleared(null);
            }}
            dismissLabel={t('common.dismiss')}
            onDismiss={() => setCleared(null)}
          />
        )}
        {count > 0 && (
          <div class="branch-loaded">
            <p data-branch-count>{t('archive.branch.files.count', { count })}</p>
            <button type="button" class="button secondary small" onClick={() => setConfirmClear(true)}>{t('archive.branch.files.clear')}</button>
          </div>
        )}
        {count > 0 && list.status === 'error' && <DocListError retry={list.retry} />}
        <LoadIssues rejected={load.rejected} replaced={load.replaced} future={load.future} />
        <ConfirmDialog
          open={confirmClear}
          title={t('archive.branch.files.clearTitle', { count })}
          confirmLabel={t('archive.branch.files.clearConfirm')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => {
            setConfirmClear(false);
            setCleared(load);
            setLoad(EMPTY_LOAD);
            setStatus('');
          }}
          onCancel={() => setConfirmClear(false)}
        >
          <p>{t('archive.branch.files.clearBody')}</p>
        </ConfirmDialog>
      </section>

      {period ? (
        <section class="card branch-settings" aria-label={t('archive.branch.settings')}>
          <PeriodPicker value={period.id} years={years} onChange={setPeriodId} />
          <p class="muted branch-range">
            {t('archive.branch.period.range', { from: formatPartialDate(period.firstDay), to: formatPartialDate(period.lastDay) })}
          </p>
          <ThresholdsForm value={settings.thresholds} onApply={saveThresholds} />
        </section>
      ) : (
        <p class="muted">{t('archive.branch.loadingPage')}</p>
      )}

      {report && period ? (
        <>
          <section class="branch-results" aria-labelledby="branch-table-heading" data-branch-results data-period={period.id}>
            <h2 id="branch-table-heading">{t('archive.branch.table.heading')}</h2>
            {report.exportedEarly > 0 && <p class="notice">{t('archive.branch.period.early', { count: report.exportedEarly })}</p>}
            <Figures report={report} thresholds={settings.thresholds} />
            <div class="branch-actions">
              <button type="button" class="button" onClick={exportCsv} data-branch-csv>{t('archive.branch.csv.button')}</button>
            </div>
            <p role="status" class="branch-status">{csvMessage}</p>
            <p class="muted">{t('archive.branch.table.sortHint')}</p>
            <div class="branch-table-wrap" role="region" aria-label={t('archive.branch.table.scroll')} tabIndex={0}>
              <SummaryTable
                rows={rows}
                totals={report.totals}
                caption={t('archive.branch.table.caption', { period: periodLabel(period), count: rows.length })}
                sort={sort}
                onSort={onSort}
                variant="screen"
              />
            </div>
            <p class="visually-hidden" aria-live="polite">{sortMessage}</p>
          </section>
          <NoticeSection
            report={report}
            rows={rows}
            period={period}
            branch={branch}
            title={title}
            template={template}
            onTitle={(value) => {
              setTitleDraft(value);
              saveNoticeText({ title: value });
            }}
            onTemplate={(value) => {
              setTemplateDraft(value);
              saveNoticeText({ template: value });
            }}
            onReset={() => {
              resetNoticeText();
              setTitleDraft(null);
              setTemplateDraft(null);
            }}
            issuedOn={today ? formatPartialDate(today) : ''}
          />
        </>
      ) : (
        count === 0 && <p class="muted branch-empty">{t('archive.branch.empty')}</p>
      )}
    </div>
  );
}
