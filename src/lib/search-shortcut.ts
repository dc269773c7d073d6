/**
 * The keys that open the site search from anywhere on a page: / (when not typing in a field) and
 * Ctrl+K or ⌘K. Pure, so the page scripts that watch for them agree and it is tested.
 */

/** The parts of a key press that matter here. */
export interface KeyPress {
  /** `KeyboardEvent.key`. */
  key: string;
  /** Ctrl was held. */
  ctrlKey: boolean;
  /** ⌘ (Meta) was held. */
  metaKey: boolean;
}

/** Whether `press` opens the search; `typing` is true when focus is in a text field, a list or editable content. */
export function isSearchShortcut(press: KeyPress, typing: boolean): boolean {
  return (press.key === '/' && !typing) || (press.key === 'k' && (press.ctrlKey || press.metaKey));
}
