/**
 * Checks the 做 standards and the 双十条 lists against the plan, so a misquoted item, a lost or
 * extra item or a reused id fails the build instead of reaching members. Pure: the caller reads
 * the file and describes the documents (see `readDocFacts`).
 */
import { selfcheckFileSchema, type PlanQuote, type SelfcheckFile, type SelfcheckList } from '../../schemas/lists.ts';
import type { DocFacts } from '../quiz/bank-check.ts';
import { compactText } from '../quiz/section-text.ts';

/** Items in each list: the plan calls them 双十条, ten positive and ten negative. */
export const LIST_SIZE = 10;

/** The lists file as read from disk. */
export interface ListsInput {
  /** Path for messages, e.g. content/lists/selfcheck.yaml. */
  path: string;
  /** Parsed YAML. */
  data: unknown;
}

/** One problem, naming the file and, where known, the item. */
export interface ListsError {
  path: string;
  itemId?: string;
  message: string;
}

/** The checked file (absent when its shape is wrong) and every problem found. */
export interface ListsCheck {
  file?: SelfcheckFile;
  errors: ListsError[];
}

/** Formats an error as `file › id: message`. */
export function formatListsError(error: ListsError): string {
  return `${error.path}${error.itemId ? ` › ${error.itemId}` : ''}: ${error.message}`;
}

/**
 * Checks the file: its shape; that the cited document's text is in the repository; that every
 * passage marked as the plan's words (quotes, list names and items, the 四个合格 names and
 * sentences) occurs in the paragraph it cites, white space ignored; that each standard's sentence
 * names that standard; that ids are unique; that each list has exactly {@link LIST_SIZE} items,
 * numbered `pos-1…pos-10` / `neg-1…neg-10` in order; and that no item is listed twice.
 */
export function checkLists(input: ListsInput, docs: ReadonlyMap<string, DocFacts>): ListsCheck {
  const errors: ListsError[] = [];
  const fail = (message: string, itemId?: string) => errors.push({ path: input.path, itemId, message });

  const parsed = selfcheckFileSchema.safeParse(input.data);
  if (!parsed.success) {
    fail(`文件格式不对：${parsed.error.issues.map((i) => `${i.path.join('.') || '(根)'} ${i.message}`).join('；')}`);
    return { errors };
  }
  const file = parsed.data;
  const doc = docs.get(file.document);
  if (!doc) fail(`出处文件 “${file.document}” 不存在`);
  else if (!doc.fullText) fail(`出处文件 “${file.document}” 的原文不在本站，无法核对引文`);
  const usable = doc?.fullText === true ? doc : undefined;

  /** Reports words that are not in the cited paragraph (or a paragraph that does not exist). */
  const quoted = (anchor: string, text: string, where: string, itemId?: string) => {
    if (!usable) return;
    const section = usable.sections.get(anchor);
    if (section === undefined) fail(`${where}的出处 ${file.document}#${anchor} 不存在`, itemId);
    else if (!compactText(section).includes(compactText(text))) fail(`${where}“${text}”不在 ${file.document}#${anchor} 中`, itemId);
  };

  for (const [key, quote] of Object.entries(file.quotes) as [string, PlanQuote][]) quoted(quote.anchor, quote.text, `引文 quotes.${key} `);
  quoted(file.sijiangsiyou.named.anchor, file.sijiangsiyou.named.text, '四讲四有的出处引文');
  quoted(file.sigehege.named.anchor, file.sigehege.named.text, '四个合格的出处引文');

  const seenIds = new Set<string>();
  const unique = (itemId: string) => {
    if (seenIds.has(itemId)) fail('id 重复', itemId);
    seenIds.add(itemId);
  };

  for (const standard of file.sigehege.standards) {
    unique(standard.id);
    quoted(file.sigehege.named.anchor, standard.name, '名称', standard.id);
    quoted(file.sigehege.anchor, standard.text, '要求', standard.id);
    if (!compactText(standard.text).includes(compactText(standard.name))) fail(`要求中没有提到“${standard.name}”，可能放错了位置`, standard.id);
  }

  const checkList = (list: SelfcheckList, prefix: 'pos' | 'neg', label: string) => {
    quoted(list.anchor, list.name, `${label}的名称`);
    if (list.items.length !== LIST_SIZE) fail(`${label}应有 ${LIST_SIZE} 条，实有 ${list.items.length} 条`);
    const seenTexts = new Map<string, string>();
    list.items.forEach((item, index) => {
      unique(item.id);
      const expected = `${prefix}-${index + 1}`;
      if (item.id !== expected) fail(`${label}第 ${index + 1} 条的 id 应为 ${expected}`, item.id);
      const key = compactText(item.text);
      const same = seenTexts.get(key);
      if (same) fail(`与 ${same} 相同`, item.id);
      else seenTexts.set(key, item.id);
      quoted(list.anchor, item.text, '条目', item.id);
    });
  };
  checkList(file.positive, 'pos', '正面清单');
  checkList(file.negative, 'neg', '负面清单');

  return { file, errors };
}
