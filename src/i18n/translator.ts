import { translate } from '../lib/i18n.ts';

/**
 * `t()` for islands: bound to the areas of the dictionary they use (imported from
 * `virtual:zh-CN/<area>`), so the browser gets those strings and not the whole site's.
 */
export function translator<D extends Record<string, string>>(strings: D) {
  return (key: keyof D & string, vars?: Record<string, string | number>): string => translate(strings, key, vars);
}
