import { formatDuration, oneDecimal } from '../../../lib/archive/branch/format.ts';
import type { BranchTotals, ReportRow } from '../../../lib/archive/branch/report.ts';
import { SORT_KEYS, type SortDirection, type SortKey } from '../../../lib/archive/branch/sort.ts';
import { standingText } from '../../../lib/archive/branch/thresholds.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';

const t = translator(archiveStrings);

/** Column headings, by sort key. */
export const COLUMN_KEYS = {
  name: 'archive.branch.col.name',
  role: 'archive.branch.col.role',
  study: 'archive.branch.col.study',
  docs: 'archive.branch.col.docs',
  tasks: 'archive.branch.col.tasks',
  attendance: 'archive.branch.col.attendance',
  exam: 'archive.branch.col.exam',
  selfcheck: 'archive.branch.col.selfcheck',
  overdue: 'archive.branch.col.overdue',
  exported: 'archive.branch.col.exported',
  status: 'archive.branch.col.status',
} as const satisfies Record<SortKey, string>;

interface Props {
  rows: readonly ReportRow[];
  totals: BranchTotals;
  caption: string;
  /** The current sort; absent for the printed copy, which has no sort buttons. */
  sort?: { key: SortKey; direction: SortDirection };
  onSort?: (key: SortKey) => void;
  /** Distinguishes the on-screen table from the printed one in ids and tests. */
  variant: 'screen' | 'print';
}

/** One member's cells, by column (the name is the row header). */
function cells(row: ReportRow): Record<Exclude<SortKey, 'name'>, string> {
  return {
    role: row.roleName ?? t('archive.branch.cell.noRole'),
    study: formatDuration(row.studySeconds),
    docs: t('archive.branch.cell.docs', { done: row.docsDone, total: row.docsTotal }),
    tasks: String(row.tasksDone),
    attendance: t('archive.branch.cell.days', { count: row.attendanceDays }),
    exam: row.examBest === null ? t('archive.branch.cell.noExam') : t('archive.branch.cell.score', { score: row.examBest }),
    selfcheck: row.selfcheckDone ? t('archive.branch.cell.yes') : t('archive.branch.cell.no'),
    overdue: row.overdue ? t('archive.branch.cell.items', { count: row.overdue }) : '0',
    exported: row.exportedEarly ? `${row.exportedDay}${t('archive.branch.cell.early')}` : row.exportedDay,
    status: standingText(row.shortfalls),
  };
}

/** The 合计 and 人均 rows, by column. */
function footer(totals: BranchTotals): { total: Partial<Record<SortKey, string>>; average: Partial<Record<SortKey, string>> } {
  const n = totals.members;
  const average = (sum: number) => (n ? oneDecimal(sum / n) : '0');
  return {
    total: {
      role: t('archive.branch.figures.membersValue', { count: n }),
      study: formatDuration(totals.studySeconds),
      docs: String(totals.docsDone),
      tasks: String(totals.tasksDone),
      attendance: t('archive.branch.cell.days', { count: totals.attendanceDays }),
      exam: t('archive.branch.table.examTakers', { count: totals.examTakers }),
      selfcheck: t('archive.branch.table.selfchecks', { count: totals.selfchecks }),
      overdue: t('archive.branch.cell.items', { count: totals.overdue }),
      status: totals.below ? t('archive.branch.table.belowCount', { count: totals.below }) : '',
    },
    average: {
      study: formatDuration(totals.averageStudySeconds),
      docs: average(totals.docsDone),
      tasks: average(totals.tasksDone),
      attendance: t('archive.branch.cell.days', { count: average(totals.attendanceDays) }),
      exam: totals.averageExamBest === null ? t('archive.branch.cell.noExam') : t('archive.branch.cell.score', { score: oneDecimal(totals.averageExamBest) }),
      overdue: average(totals.overdue),
    },
  };
}

/**
 * The 学习考勤表: one row per member, a real table with column and row headers. On screen every
 * column heading is a sort button and the sorted column says so with aria-sort; members who fall
 * short are marked in words in the last column (the row colour only repeats it). The printed copy
 * leaves out the export date, which matters to the secretary but not in a 通报.
 */
export default function SummaryTable({ rows, totals, caption, sort, onSort, variant }: Props) {
  const columns: readonly SortKey[] = variant === 'print' ? SORT_KEYS.filter((k) => k !== 'exported') : SORT_KEYS;
  const others = columns.filter((k): k is Exclude<SortKey, 'name'> => k !== 'name');
  const foot = footer(totals);
  return (
    <table class={`branch-table branch-table-${variant}`} data-branch-table={variant}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((key) => {
            const label = t(COLUMN_KEYS[key]);
            const sorted = sort?.key === key ? sort.direction : undefined;
            return (
              <th key={key} scope="col" aria-sort={sort ? (sorted ?? 'none') : undefined} data-col={key}>
                {onSort ? (
                  <button type="button" class="branch-sort" onClick={() => onSort(key)}>
                    {label}
                    <span class="branch-sort-mark" aria-hidden="true">{sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
                  </button>
                ) : (
                  label
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const text = cells(row);
          return (
            <tr key={row.key} class={row.shortfalls.length ? 'is-below' : undefined} data-member={row.name}>
              <th scope="row">{row.name}</th>
              {others.map((key) => (
                <td key={key} data-col={key}>
                  {key === 'status' && row.shortfalls.length > 0 ? (
                    <strong>{text[key]}</strong>
                  ) : key === 'exported' && row.exportedEarly ? (
                    <>
                      {row.exportedDay}
                      <span class="branch-early">{t('archive.branch.cell.early')}</span>
                    </>
                  ) : (
                    text[key]
                  )}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
      {totals.members > 0 && (
        <tfoot>
          {(['total', 'average'] as const).map((line) => (
            <tr key={line}>
              <th scope="row">{t(line === 'total' ? 'archive.branch.table.total' : 'archive.branch.table.average')}</th>
              {others.map((key) => (
                <td key={key} data-col={key}>{foot[line][key] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tfoot>
      )}
    </table>
  );
}
