/**
 * Words for the 整改 islands: status, origin and field names, and field problems as sentences.
 * Kept in one place so the list, the forms, the CSV and the print view say the same thing.
 */
import { translator } from '../../i18n/translator.ts';
import rectifyStrings from 'virtual:zh-CN/rectify';
import type { FieldProblem } from '../../lib/action/rectify.ts';
import type { RectifyEditable, RectifyItem, RectifyOrigin, RectifyStatus } from '../../schemas/rectify.ts';

const t = translator(rectifyStrings);

/** 待整改 / 整改中 / 已完成 / 已销号. */
export const statusLabel = (status: RectifyStatus): string => t(`rectify.status.${status}`);

/** 党性体检 / 查摆问题 / 自行添加. */
export const originLabel = (origin: RectifyOrigin): string => t(`rectify.origin.${origin}`);

/** 问题描述, 整改措施, … */
export const fieldLabel = (field: RectifyEditable): string => t(`rectify.field.${field}`);

/** What a 查摆 question id stands for, e.g. 党员 · 理想信念是否坚定; from the page. */
export type OriginRefs = Record<string, string>;

/** What the item came from in words, '' when nothing is known (a 党性体检 reference is the other tool's). */
export function originRefText(item: RectifyItem, refs: OriginRefs): string {
  return item.origin === 'chabai' && item.originRef ? (refs[item.originRef] ?? '') : '';
}

/** The origin with what it came from, e.g. 查摆问题（对照：党员 · 理想信念是否坚定）. */
export function originText(item: RectifyItem, refs: OriginRefs): string {
  const ref = originRefText(item, refs);
  return ref ? t('rectify.origin.withRef', { origin: originLabel(item.origin), ref }) : originLabel(item.origin);
}

/** A field problem as a sentence shown under the field. */
export function problemText(field: RectifyEditable, problem: FieldProblem): string {
  const name = fieldLabel(field);
  switch (problem.code) {
    case 'required':
      return t('rectify.error.required', { field: name });
    case 'tooLong':
      return t('rectify.error.tooLong', { field: name, max: problem.max, length: problem.length });
    case 'badDate':
      return t('rectify.error.badDate', { field: name });
    case 'beforeCreation':
      return t('rectify.error.beforeCreation', { field: name, day: problem.day });
    case 'evidenceRequired':
      return t('rectify.error.evidenceRequired');
  }
}

/** The start of a long text for messages, with an ellipsis when cut. */
export function short(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Moves focus to the first element matching `selector` (else `fallback`) once the page has
 * re-rendered: it may have just appeared. A frame and a task later, because a closing modal
 * dialog (closed in an effect after the next frame) keeps the rest of the page inert until then.
 */
export function focusSoon(selector: string, fallback?: string): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      const target = document.querySelector<HTMLElement>(selector) ?? (fallback ? document.querySelector<HTMLElement>(fallback) : null);
      target?.focus();
    }, 0),
  );
}
