import type { RectifyItem } from '../../schemas/rectify.ts';
import { overdueDays } from '../../lib/action/rectify.ts';
import { beijingDay } from '../../lib/dates.ts';
import { translator } from '../../i18n/translator.ts';
import rectifyStrings from 'virtual:zh-CN/rectify';
import { fieldLabel, originText, statusLabel, type OriginRefs } from './labels.ts';

const t = translator(rectifyStrings);

interface Props {
  items: readonly RectifyItem[];
  refs: OriginRefs;
  branch: string;
  now: Date;
}

/** The list as a table for paper (A4), shown only when printing. */
export default function PrintTable({ items, refs, branch, now }: Props) {
  return (
    <div class="rectify-print">
      <h2>{t('rectify.print.title')}</h2>
      <p>{t('rectify.print.meta', { branch, date: beijingDay(now), n: items.length })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('rectify.col.index')}</th>
            <th scope="col">{fieldLabel('problem')}</th>
            <th scope="col">{t('rectify.col.origin')}</th>
            <th scope="col">{fieldLabel('measures')}</th>
            <th scope="col">{fieldLabel('responsible')}</th>
            <th scope="col">{fieldLabel('deadline')}</th>
            <th scope="col">{t('rectify.col.status')}</th>
            <th scope="col">{fieldLabel('evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => {
            const late = overdueDays(item, now);
            return (
              <tr key={item.id}>
                <td>{i + 1}</td>
                <td>{item.problem}</td>
                <td>{originText(item, refs)}</td>
                <td>{item.measures}</td>
                <td>{item.responsible}</td>
                <td>{item.deadline ?? ''}</td>
                <td>{statusLabel(item.status)}{late > 0 && <><br />{t('rectify.overdue.days', { n: late })}</>}</td>
                <td>{item.evidence}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
