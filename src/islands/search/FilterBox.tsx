import { useState } from 'preact/hooks';
import type { SearchFilters } from '../../stores/search.ts';
import { filterChoices, type FilterChoices } from '../../lib/filter-choices.ts';
import { translator } from '../../i18n/translator.ts';
import searchStrings from 'virtual:zh-CN/search';
import docStrings from 'virtual:zh-CN/doc';

const t = translator(searchStrings);
const docT = translator(docStrings);

interface Props {
  /** The filters in force. */
  filters: SearchFilters;
  /** Called with the new filters when the member picks a choice. */
  onChange: (filters: SearchFilters) => void;
}

/**
 * The search filters (类别, 学习对象, 文件). Their choices come from `/documents.json`, loaded the
 * first time the member opens the filters, so no page carries the whole document list in its HTML.
 */
export default function FilterBox({ filters, onChange }: Props) {
  const [choices, setChoices] = useState<FilterChoices | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');

  const load = () => {
    if (choices || state === 'loading') return;
    setState('loading');
    // Loaded with the list: the search's first screen does not wait for this module.
    import('../../stores/document-list.ts').then(({ loadDocumentList }) => loadDocumentList()).then(
      (list) => {
        setChoices(filterChoices(list, { all: docT('doc.audience.all'), leaders: docT('doc.audience.leaders') }));
        setState('idle');
      },
      () => setState('failed'),
    );
  };

  return (
    <details class="search-filters" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && load()}>
      <summary>{t('search.filters')}</summary>
      {choices ? (
        (
          [
            ['category', t('search.filter.category')],
            ['audience', t('search.filter.audience')],
            ['document', t('search.filter.document')],
          ] as const
        ).map(([key, label]) => (
          <label key={key} class="search-filter">
            <span>{label}</span>
            <select value={filters[key]} onChange={(e) => onChange({ ...filters, [key]: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="">{t('search.filter.any')}</option>
              {choices[key].map((c) => <option key={c.value} value={c.value}>{c.text}</option>)}
            </select>
          </label>
        ))
      ) : (
        <p class="search-filter-status" role="status" data-filter-status={state}>
          {state === 'failed' ? t('search.filter.error') : t('search.filter.loading')}
          {state === 'failed' && (
            <button type="button" class="button secondary small" onClick={load}>{t('search.retry')}</button>
          )}
        </p>
      )}
    </details>
  );
}
