import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { translator } from '../../i18n/translator.ts';
import { lazyModule } from '../common/lazy.ts';
import searchStrings from 'virtual:zh-CN/search';
import type { FilterOptions } from './SearchPanel.tsx';
import type SearchPanelType from './SearchPanel.tsx';
import { closeDialog, isDialogOpen, showDialog } from '../common/dialog.ts';

const t = translator(searchStrings);

type PanelComponent = typeof SearchPanelType extends ComponentType<infer P> ? ComponentType<P> : never;

// The panel, Pagefind glue and quick jump load only when the member starts to search: every page
// carries this box, and most visits never use it.
const loadPanel = lazyModule((): Promise<PanelComponent> => import('./SearchPanel.tsx').then((m) => m.default));
const warmUp = () => {
  void loadPanel().catch(() => undefined);
  void import('../../stores/search.ts').then((m) => m.warmUpSearch(), () => undefined);
};

interface Props {
  /** Filter choices for the panel. */
  options: FilterOptions;
}

/**
 * The header's search box. Without JavaScript it is a plain form that submits to /search/.
 * With it, submitting, or pressing / or Ctrl+K anywhere, opens the search in a modal dialog,
 * which keeps focus inside and gives it back to where it was when closed.
 */
export default function HeaderSearch({ options }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [seed, setSeed] = useState('');
  // Counts openings: a reopen right after a close must still reach showModal() below.
  const [openings, setOpenings] = useState(0);
  const returnTo = useRef<HTMLElement | null>(null);
  const [Panel, setPanel] = useState<PanelComponent | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);

  const show = (query: string) => {
    returnTo.current = document.activeElement as HTMLElement | null;
    setSeed(query);
    setOpenings((n) => n + 1);
    setLoadFailed(false);
    loadPanel().then((component) => setPanel(() => component), () => setLoadFailed(true));
  };

  useEffect(() => {
    if (openings > 0 && dialog.current && !isDialogOpen(dialog.current)) showDialog(dialog.current);
  }, [openings]);

  // The first time, the panel arrives after showModal() has looked for something to focus.
  useEffect(() => {
    if (Panel && dialog.current && isDialogOpen(dialog.current)) dialog.current.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
  }, [Panel]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = (e.target as HTMLElement | null)?.closest('input, textarea, select, [contenteditable]');
      if ((e.key === '/' && !typing) || (e.key === 'k' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        show('');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <form
        class="header-search"
        role="search"
        aria-label={t('search.headerLabel')}
        action="/search/"
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          show(new FormData(e.currentTarget).get('q')?.toString() ?? '');
        }}
      >
        <label for="header-search-input" class="visually-hidden">{t('search.headerLabel')}</label>
        <input id="header-search-input" name="q" type="search" placeholder={t('search.headerPlaceholder')} title={t('search.shortcut')} onFocus={warmUp} />
        <button type="submit">{t('search.submit')}</button>
      </form>
      <dialog
        ref={dialog}
        class="search-dialog"
        aria-label={t('search.dialog')}
        // A search input swallows the first Escape to clear itself; one press should close.
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            closeDialog(dialog.current);
          }
        }}
        onClose={() => {
          // The close event is queued: if the member has already reopened the search, leave focus there.
          if (!isDialogOpen(dialog.current)) returnTo.current?.focus();
        }}
      >
        <div class="search-dialog-bar">
          <button type="button" class="button secondary small" onClick={() => closeDialog(dialog.current)}>{t('search.close')}</button>
        </div>
        {/* A fresh panel per opening, kept mounted while closed so a quick reopen never races an unmount. */}
        {openings > 0 && Panel && <Panel key={openings} options={options} initialQuery={seed} idPrefix="dialog-search" />}
        {openings > 0 && !Panel && (
          <p role="status">
            {loadFailed ? t('search.error') : t('search.loading')}
            {/* Without the panel there is no box to search again from: retry loading it here. */}
            {loadFailed && (
              <button type="button" class="button secondary small" onClick={() => show(seed)}>{t('search.retry')}</button>
            )}
          </p>
        )}
      </dialog>
    </>
  );
}
