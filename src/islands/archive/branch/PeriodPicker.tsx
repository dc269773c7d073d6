import { parsePeriod, periodId, quarterName, type PeriodKind } from '../../../lib/archive/branch/period.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';

const t = translator(archiveStrings);

interface Props {
  /** The period shown (`YYYY-MM` or `YYYY-Qn`). */
  value: string;
  /** Years offered, newest first. */
  years: readonly number[];
  onChange: (id: string) => void;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const QUARTERS = [1, 2, 3, 4];

/** 统计期间: by month or by quarter, then the year and the month or quarter. */
export default function PeriodPicker({ value, years, onChange }: Props) {
  const period = parsePeriod(value);
  if (!period) return null;
  const { kind, year, index } = period;
  const change = (next: { kind?: PeriodKind; year?: number; index?: number }) => {
    const k = next.kind ?? kind;
    let i = next.index ?? index;
    // Switching between month and quarter keeps the same part of the year.
    if (next.kind === 'quarter' && kind === 'month') i = Math.ceil(index / 3);
    if (next.kind === 'month' && kind === 'quarter') i = (index - 1) * 3 + 1;
    onChange(periodId(k, next.year ?? year, i));
  };
  return (
    <fieldset class="branch-period">
      <legend>{t('archive.branch.period.heading')}</legend>
      <div class="branch-period-fields">
        <div class="field">
          <label for="branch-period-kind">{t('archive.branch.period.kind')}</label>
          <select id="branch-period-kind" value={kind} onChange={(e) => change({ kind: e.currentTarget.value as PeriodKind })}>
            <option value="month">{t('archive.branch.period.month')}</option>
            <option value="quarter">{t('archive.branch.period.quarter')}</option>
          </select>
        </div>
        <div class="field">
          <label for="branch-period-year">{t('archive.branch.period.year')}</label>
          <select id="branch-period-year" value={String(year)} onChange={(e) => change({ year: Number(e.currentTarget.value) })}>
            {years.map((y) => (
              <option key={y} value={String(y)}>{t('archive.branch.period.yearOption', { year: y })}</option>
            ))}
          </select>
        </div>
        {kind === 'month' ? (
          <div class="field">
            <label for="branch-period-month">{t('archive.branch.period.monthLabel')}</label>
            <select id="branch-period-month" value={String(index)} onChange={(e) => change({ index: Number(e.currentTarget.value) })}>
              {MONTHS.map((m) => (
                <option key={m} value={String(m)}>{t('archive.branch.period.monthOption', { month: m })}</option>
              ))}
            </select>
          </div>
        ) : (
          <div class="field">
            <label for="branch-period-quarter">{t('archive.branch.period.quarterLabel')}</label>
            <select id="branch-period-quarter" value={String(index)} onChange={(e) => change({ index: Number(e.currentTarget.value) })}>
              {QUARTERS.map((q) => (
                <option key={q} value={String(q)}>{quarterName(q)}</option>
              ))}
            </select>
          </div>
        )}
      </div>
    </fieldset>
  );
}
