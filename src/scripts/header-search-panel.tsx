// The header search's dialog content, loaded only when the member starts to search: the panel,
// Pagefind glue and quick jump, with Preact. src/scripts/header-search.ts opens the dialog itself.
import { render } from 'preact';
import SearchPanel from '../islands/search/SearchPanel.tsx';

/** Starts fetching the search program and index while the member is still typing in the header. */
export { warmUpSearch } from '../stores/search.ts';

/**
 * Renders a fresh search panel into `slot`, starting with `query`. `opening` keys it, so every
 * opening gets its own panel while the previous one stays mounted until replaced (a quick reopen
 * never races an unmount).
 */
export function mountPanel(slot: HTMLElement, query: string, opening: number): void {
  render(<SearchPanel key={opening} initialQuery={query} idPrefix="dialog-search" />, slot);
}

