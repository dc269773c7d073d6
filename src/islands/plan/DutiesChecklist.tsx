import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ClientDuty } from '../../lib/plan/client-plan.ts';
import { $planProgress, markDutyDone } from '../../stores/plan-progress.ts';
import UndoNotice from '../common/UndoNotice.tsx';
import { translator } from '../../i18n/translator.ts';
import commonStrings from 'virtual:zh-CN/common';
import homeStrings from 'virtual:zh-CN/home';
import planStrings from 'virtual:zh-CN/plan';

const t = translator({ ...commonStrings, ...homeStrings, ...planStrings });

interface Props {
  /** The plan year the ticks belong to. */
  year: number;
  /** The duties that apply to the member's role. */
  duties: ClientDuty[];
}

/** 以上率下: a leading cadre's 三带头 duties for the year, each ticked once. */
export default function DutiesChecklist({ year, duties }: Props) {
  // Shown only in the browser (the home card loads first), so stored ticks can be used at once.
  const progress = useStore($planProgress);
  const [undo, setUndo] = useState<{ id: string; title: string; at: string } | null>(null);
  const ticks = progress.duties[String(year)] ?? {};
  const done = duties.filter((d) => ticks[d.id]).length;
  return (
    <section class="card plan-duties" aria-labelledby="home-duties-title" data-duties-year={year}>
      <h2 id="home-duties-title" class="card-title">{t('home.plan.duties.title', { year })}</h2>
      <p class="muted">{t('home.plan.duties.lead')}</p>
      <p role="status" data-duties-done={done}>{t('home.plan.duties.count', { done, total: duties.length })}</p>
      {undo && (
        <UndoNotice
          message={t('home.plan.duties.undone', { title: undo.title })}
          undoLabel={t('common.undo')}
          onUndo={() => {
            markDutyDone(year, undo.id, true, undo.at);
            setUndo(null);
          }}
          dismissLabel={t('common.dismiss')}
          onDismiss={() => setUndo(null)}
        />
      )}
      <ul class="plan-checklist">
        {duties.map((duty) => {
          const id = `duty-${duty.id}`;
          return (
            <li key={duty.id} data-duty-id={duty.id}>
              <input
                type="checkbox"
                id={id}
                checked={Boolean(ticks[duty.id])}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  const at = ticks[duty.id];
                  markDutyDone(year, duty.id, checked);
                  setUndo(!checked && at ? { id: duty.id, title: duty.title, at } : null);
                }}
              />
              <div class="plan-check-body">
                <label for={id}>
                  <span class="plan-check-title">{duty.title}</span>
                  {duty.detail && <span class="muted plan-check-meta">{duty.detail}</span>}
                </label>
                {duty.quote && duty.basis ? (
                  <p class="plan-quote">
                    <span class="muted">{t('plan.quote')}</span>「{duty.quote}」<a href={duty.basis.href}>{duty.basis.label}</a>
                  </p>
                ) : (
                  duty.basis && <p class="plan-quote"><a href={duty.basis.href}>{t('plan.basis', { where: duty.basis.label })}</a></p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
