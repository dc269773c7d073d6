/**
 * The 支部汇总 as CSV for Excel and WPS: UTF-8 with a byte-order mark (without it Excel on
 * Windows reads the file as GBK and shows Chinese as garbage), CRLF line ends, Chinese headers,
 * and every field quoted, so commas, quotes and line breaks inside a name or a reason stay in
 * their cell.
 */
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import { wholeMinutes } from './format.ts';
import { periodLabel, type Period } from './period.ts';
import type { ReportRow } from './report.ts';
import { standingText } from './thresholds.ts';
import { csvText, type CsvValue } from '../../csv.ts';

const t = translator(archiveStrings);

export { CSV_BOM, CSV_EOL, csvField, csvLine, type CsvValue } from '../../csv.ts';

/** A whole CSV file's text: BOM, the header, then one line per row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvText([header, ...rows]);
}

/** The CSV's column headers. */
export function branchCsvHeader(): string[] {
  return [
    t('archive.branch.col.name'),
    t('archive.branch.col.role'),
    t('archive.branch.csv.studyMinutes'),
    t('archive.branch.col.docs'),
    t('archive.branch.csv.docsTotal'),
    t('archive.branch.col.tasks'),
    t('archive.branch.col.attendance'),
    t('archive.branch.col.exam'),
    t('archive.branch.col.selfcheck'),
    t('archive.branch.col.overdue'),
    t('archive.branch.col.exported'),
    t('archive.branch.col.status'),
    t('archive.branch.csv.file'),
  ];
}

/** One member's CSV cells: plain numbers where a spreadsheet should add them up. */
export function branchCsvCells(row: ReportRow): CsvValue[] {
  return [
    row.name,
    row.roleName ?? t('archive.branch.cell.noRole'),
    wholeMinutes(row.studySeconds),
    row.docsDone,
    row.docsTotal,
    row.tasksDone,
    row.attendanceDays,
    row.examBest ?? t('archive.branch.cell.noExam'),
    row.selfcheckDone ? t('archive.branch.cell.yes') : t('archive.branch.cell.no'),
    row.overdue,
    row.exportedDay,
    standingText(row.shortfalls),
    row.file,
  ];
}

/** The table as a CSV file, rows in the order given (the order on screen). */
export function branchCsv(rows: readonly ReportRow[]): string {
  return toCsv(branchCsvHeader(), rows.map(branchCsvCells));
}

/** `支部学习汇总-2026年3月.csv`. */
export function branchCsvFileName(period: Period): string {
  return t('archive.branch.csv.fileName', { period: periodLabel(period) });
}
