// The header's search box on every page. Without JavaScript it is a plain form that submits to
// /search/?q=. With it, submitting, or pressing / or Ctrl+K (⌘K) anywhere, opens the search in the
// layout's modal dialog, which keeps focus inside and gives it back to where it was when closed.
// This file stays tiny and free of Preact: the panel (src/scripts/header-search-panel.tsx) loads
// only when the member starts to search, and most visits never do.
import { closeDialog, isDialogOpen, showDialog } from '../islands/common/dialog.ts';
import { lazyModule } from '../lib/lazy-module.ts';

const loadPanel = lazyModule(() => import('./header-search-panel.tsx'));

const form = document.querySelector<HTMLFormElement>('[data-header-search]');
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const slot = dialog?.querySelector<HTMLElement>('[data-search-slot]');
const status = dialog?.querySelector<HTMLElement>('[data-search-dialog-status]');
const statusText = status?.querySelector<HTMLElement>('span');
const retry = status?.querySelector<HTMLElement>('[data-search-retry]');

if (form && dialog && slot && status && statusText && retry) {
  let mount: ((slot: HTMLElement, query: string, opening: number) => void) | undefined;
  let query = '';
  // Counts openings: each one gets a fresh panel.
  let openings = 0;
  let returnTo: HTMLElement | null = null;

  const showStatus = (failed: boolean) => {
    // The texts are in the page (src/i18n/zh-CN.ts through BaseLayout.astro), not in this script.
    statusText.textContent = (failed ? status.dataset.failed : status.dataset.loading) ?? '';
    retry.hidden = !failed;
    status.hidden = false;
  };

  const render = () => {
    mount!(slot, query, openings);
    status.hidden = true;
  };

  // The first time, the panel arrives after showModal() has looked for something to focus.
  const load = () => {
    showStatus(false);
    const opening = openings;
    loadPanel().then(
      (panel) => {
        mount = panel.mountPanel;
        if (opening !== openings) return;
        render();
        if (isDialogOpen(dialog)) slot.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
      },
      () => opening === openings && showStatus(true),
    );
  };

  const open = (seed: string) => {
    // Ctrl+K inside the open dialog starts over; focus still goes back to where it was before.
    if (!isDialogOpen(dialog)) returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    query = seed;
    openings += 1;
    // With the panel already here, render the new one before showModal() so it focuses its box.
    if (mount) render();
    showDialog(dialog);
    if (!mount) load();
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    open(new FormData(form).get('q')?.toString() ?? '');
  });
  form.querySelector('input')?.addEventListener('focus', () => {
    void loadPanel().then((panel) => panel.warmUpSearch(), () => undefined);
  });
  // Without the panel there is no box to search again from: retry loading it here.
  retry.querySelector('button')?.addEventListener('click', load);
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => closeDialog(dialog));
  // A search input swallows the first Escape to clear itself; one press should close.
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    closeDialog(dialog);
  });
  dialog.addEventListener('close', () => {
    // The close event is queued: if the member has already reopened the search, leave focus there.
    if (!isDialogOpen(dialog)) returnTo?.focus();
  });
  document.addEventListener('keydown', (e) => {
    const typing = (e.target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable]');
    if ((e.key === '/' && !typing) || (e.key === 'k' && (e.ctrlKey || e.metaKey))) {
      e.preventDefault();
      open('');
    }
  });
}
