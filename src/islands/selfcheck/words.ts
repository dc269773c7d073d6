/** The words the 党性体检 islands put around ratings, items and dates. */
import { checkDate, fitProblem, itemNumber } from '../../lib/action/selfcheck.ts';
import { RECTIFY_LIMITS } from '../../schemas/rectify.ts';
import type { CheckedItem, ListKind, Rating, SelfcheckRecord } from '../../schemas/selfcheck.ts';
import { translator } from '../../i18n/translator.ts';
import selfcheckStrings from 'virtual:zh-CN/selfcheck';

const t = translator(selfcheckStrings);

/** One list as the page hands it to the islands. */
export interface ListProps {
  kind: ListKind;
  /** 正面清单 / 负面清单, as the plan names it. */
  name: string;
  items: { id: string; text: string; guidance?: string }[];
}

/** The rating's word for its list: 做到 / 基本做到 / 有差距, or 无 / 偶有 / 存在. */
export function ratingLabel(list: ListKind, rating: Rating): string {
  return t(`selfcheck.rating.${list}.${rating}`);
}

/** The list's name (the page's wording, or the default where a record outlived its list). */
export function listName(list: ListKind, lists: readonly ListProps[]): string {
  return lists.find((l) => l.kind === list)?.name ?? t(`selfcheck.list.${list}`);
}

/** `正面清单第3条`. */
export function itemPlace(list: ListKind, itemId: string, lists: readonly ListProps[]): string {
  return t('selfcheck.item.place', { list: listName(list, lists), n: itemNumber(itemId) });
}

/** The 整改清单 problem text for a gap: where it came from, the item, the rating, and the note as room allows. */
export function problemText(check: SelfcheckRecord, item: CheckedItem, lists: readonly ListProps[]): string {
  const head = t('selfcheck.problem', {
    date: checkDate(check),
    place: itemPlace(item.list, item.id, lists),
    text: item.text,
    rating: ratingLabel(item.list, item.rating),
  });
  return fitProblem(head, item.note, RECTIFY_LIMITS.problem, t('selfcheck.problem.note'));
}
