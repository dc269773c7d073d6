import { RECTIFY_ORIGINS, RECTIFY_STATUSES } from '../../schemas/rectify.ts';
import { RECTIFY_SORTS, type RectifyFilter, type RectifySort } from '../../lib/action/rectify-list.ts';
import { translator } from '../../i18n/translator.ts';
import rectifyStrings from 'virtual:zh-CN/rectify';
import { originLabel, statusLabel } from './labels.ts';

const t = translator(rectifyStrings);

interface Props {
  filter: RectifyFilter;
  sort: RectifySort;
  onFilter: (filter: RectifyFilter) => void;
  onSort: (sort: RectifySort) => void;
}

/** Filter by status, origin and overdue; choose the order. Labels sit beside (not around) the selects, so a select's name is just its label. */
export default function ListControls({ filter, sort, onFilter, onSort }: Props) {
  return (
    <fieldset class="rectify-controls">
      <legend>{t('rectify.filter.legend')}</legend>
      <div class="rectify-control">
        <label for="rectify-filter-status">{t('rectify.filter.status')}</label>
        <select id="rectify-filter-status" value={filter.status} onChange={(e) => onFilter({ ...filter, status: e.currentTarget.value as RectifyFilter['status'] })}>
          <option value="all">{t('rectify.filter.statusAll')}</option>
          <option value="open">{t('rectify.filter.statusOpen')}</option>
          {RECTIFY_STATUSES.map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
        </select>
      </div>
      <div class="rectify-control">
        <label for="rectify-filter-origin">{t('rectify.filter.origin')}</label>
        <select id="rectify-filter-origin" value={filter.origin} onChange={(e) => onFilter({ ...filter, origin: e.currentTarget.value as RectifyFilter['origin'] })}>
          <option value="all">{t('rectify.filter.originAll')}</option>
          {RECTIFY_ORIGINS.map((o) => <option key={o} value={o}>{originLabel(o)}</option>)}
        </select>
      </div>
      <div class="rectify-control">
        <label for="rectify-sort">{t('rectify.sort.label')}</label>
        <select id="rectify-sort" value={sort} onChange={(e) => onSort(e.currentTarget.value as RectifySort)}>
          {RECTIFY_SORTS.map((s) => <option key={s} value={s}>{t(`rectify.sort.${s}`)}</option>)}
        </select>
      </div>
      <label class="rectify-check">
        <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => onFilter({ ...filter, overdueOnly: e.currentTarget.checked })} />
        <span>{t('rectify.filter.overdue')}</span>
      </label>
    </fieldset>
  );
}
