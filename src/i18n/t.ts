import { translate } from '../lib/i18n.ts';
import { zhCN, type UiKey } from './zh-CN.ts';

/** The site's UI string for `key`, with `{name}` placeholders filled from `vars`. */
export function t(key: UiKey, vars?: Record<string, string | number>): string {
  return translate(zhCN, key, vars);
}
