// Loads the header search's script (src/scripts/header-search.ts, unchanged) at the member's first
// interaction instead of with every page, and hands over what happened before it arrived: a
// search shortcut pressed (its browser default, such as Ctrl+K's address bar, is held back), the
// form submitted, the box focused. Until then the form is the plain form that works without
// JavaScript.
import { isSearchShortcut } from '../lib/search-shortcut.ts';
import { onFirstInteraction } from './first-interaction.ts';

const form = document.querySelector<HTMLFormElement>('[data-header-search]');
if (form) {
  const input = form.querySelector('input');
  let ready = false;
  let shortcut: KeyboardEvent | undefined;
  let submitted = false;
  const onKey = (event: KeyboardEvent) => {
    const typing = (event.target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable]');
    if (ready || !isSearchShortcut(event, Boolean(typing))) return;
    event.preventDefault();
    shortcut = event;
  };
  const onSubmit = (event: SubmitEvent) => {
    if (ready) return;
    event.preventDefault();
    submitted = true;
  };
  document.addEventListener('keydown', onKey);
  form.addEventListener('submit', onSubmit);

  const load = () =>
    void import('./header-search.ts').then(
      () => {
        ready = true;
        document.removeEventListener('keydown', onKey);
        form.removeEventListener('submit', onSubmit);
        if (input && document.activeElement === input) input.dispatchEvent(new FocusEvent('focus'));
        if (submitted) form.requestSubmit();
        else if (shortcut) {
          const { key, ctrlKey, metaKey, target } = shortcut;
          (target ?? document).dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey, metaKey, bubbles: true, cancelable: true }));
        }
      },
      () => {
        // Offline and not cached: a submitted search goes to the search page as without JavaScript.
        if (submitted) form.submit();
        submitted = false;
        onFirstInteraction(load);
      },
    );
  onFirstInteraction(load);
}
