import { useEffect, useState } from 'preact/hooks';
import type { ClientQiyi } from '../../lib/plan/client-plan.ts';
import { tickedCount } from '../../lib/plan/progress.ts';
import { beijingDay } from '../../lib/dates.ts';
import { $planProgress, EMPTY_PLAN_PROGRESS, markQiyiDone } from '../../stores/plan-progress.ts';
import { useClientStore } from '../use-client-store.ts';
import UndoNotice from '../common/UndoNotice.tsx';
import { translator } from '../../i18n/translator.ts';
import commonStrings from 'virtual:zh-CN/common';
import planStrings from 'virtual:zh-CN/plan';
import { dayWords } from './plan-words.ts';

const t = translator({ ...commonStrings, ...planStrings });

interface Props {
  /** The 七一 activities of each planned year. */
  years: { year: number; items: ClientQiyi[] }[];
  /** The year shown until the browser knows today's date (the plan year in force). */
  defaultYear: number;
  /** Always show this year (on a year's own page) instead of the current one. */
  fixedYear?: number;
}

/** The six 七一 activities of a year as a checklist, ticked per year. */
export default function QiyiChecklist({ years, defaultYear, fixedYear }: Props) {
  const progress = useClientStore($planProgress, EMPTY_PLAN_PROGRESS);
  const [year, setYear] = useState(fixedYear ?? defaultYear);
  const [undo, setUndo] = useState<{ id: string; title: string; at: string } | null>(null);

  useEffect(() => {
    if (fixedYear) return;
    const current = Number(beijingDay(new Date()).slice(0, 4));
    if (years.some((y) => y.year === current)) setYear(current);
  }, [fixedYear, years]);

  const items = years.find((y) => y.year === year)?.items ?? [];
  const ticks = progress.qiyi[String(year)] ?? {};
  const done = tickedCount(progress, 'qiyi', year, items.map((i) => i.id));
  const headingId = `qiyi-${year}`;

  return (
    <section class="plan-qiyi card" aria-labelledby={headingId} data-qiyi-year={year}>
      <h2 id={headingId} class="card-title">{t('plan.qiyi.title', { year })}</h2>
      {items.length === 0 ? (
        <p class="muted">{t('plan.qiyi.none', { year })}</p>
      ) : (
        <>
          <p class="muted">{t('plan.qiyi.lead')}</p>
          <p role="status" data-qiyi-done={done}>{t('plan.qiyi.count', { done, total: items.length })}</p>
          {undo && (
            <UndoNotice
              message={t('plan.qiyi.undone', { title: undo.title })}
              undoLabel={t('common.undo')}
              onUndo={() => {
                markQiyiDone(year, undo.id, true, undo.at);
                setUndo(null);
              }}
              dismissLabel={t('common.dismiss')}
              onDismiss={() => setUndo(null)}
            />
          )}
          <ul class="plan-checklist">
            {items.map((item) => {
              const id = `qiyi-item-${item.id}`;
              return (
                <li key={item.id} data-qiyi-id={item.id}>
                  <input
                    type="checkbox"
                    id={id}
                    checked={Boolean(ticks[item.id])}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      const at = ticks[item.id];
                      markQiyiDone(year, item.id, checked);
                      setUndo(!checked && at ? { id: item.id, title: item.title, at } : null);
                    }}
                  />
                  <label for={id}>
                    <span class="plan-check-title">{item.title}</span>
                    <span class="muted plan-check-meta">
                      {dayWords(item.date)}
                      {item.quote && <> · {t('plan.quote')}「{item.quote}」</>}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
