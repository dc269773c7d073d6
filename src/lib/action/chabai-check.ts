/**
 * Checks the 查摆 checklists against the plan, so a misquoted question, a reused id or a role the
 * site does not have fails the build instead of reaching members. Pure: the caller reads the files
 * and describes the documents (see `readDocFacts`).
 */
import { chabaiFileSchema, type ChabaiFile } from '../../schemas/chabai.ts';
import type { DocFacts } from '../quiz/bank-check.ts';
import { compactText } from '../quiz/section-text.ts';

/** The checklist file as read from disk. */
export interface ChabaiInput {
  /** Path for messages, e.g. content/lists/chabai.yaml. */
  path: string;
  /** Parsed YAML. */
  data: unknown;
}

/** One problem, naming the file and, where known, the checklist or question id. */
export interface ChabaiError {
  path: string;
  itemId?: string;
  message: string;
}

/** The checked file (absent when it could not be read at all) and every problem found. */
export interface ChabaiCheck {
  file?: ChabaiFile;
  errors: ChabaiError[];
}

/** Formats an error as `file › id: message`. */
export function formatChabaiError(error: ChabaiError): string {
  return `${error.path}${error.itemId ? ` › ${error.itemId}` : ''}: ${error.message}`;
}

/**
 * Checks the file: its shape; that the cited document's text is in the repository and has the
 * anchor; that every quoted `check`, `method` and `solve` occurs in that section (white space
 * ignored); that ids are unique and questions carry their checklist's id as prefix; that no
 * question is listed twice; and that every role id exists in `site.config.ts`.
 */
export function checkChabai(input: ChabaiInput, docs: ReadonlyMap<string, DocFacts>, roleIds: readonly string[]): ChabaiCheck {
  const errors: ChabaiError[] = [];
  const fail = (message: string, itemId?: string) => errors.push({ path: input.path, itemId, message });

  const parsed = chabaiFileSchema.safeParse(input.data);
  if (!parsed.success) {
    fail(`文件格式不对：${parsed.error.issues.map((i) => `${i.path.join('.') || '(根)'} ${i.message}`).join('；')}`);
    return { errors };
  }
  const file = parsed.data;
  const { document, anchor } = file.source;
  const doc = docs.get(document);
  let section: string | undefined;
  if (!doc) fail(`出处文件 “${document}” 不存在`);
  else if (!doc.fullText) fail(`出处文件 “${document}” 的原文不在本站，无法核对引文`);
  else if (!doc.sections.has(anchor)) fail(`出处 ${document}#${anchor} 不存在`);
  else section = compactText(doc.sections.get(anchor)!);

  const quoted = (text: string, itemId: string, field: string) => {
    if (section !== undefined && !section.includes(compactText(text))) fail(`${field}“${text}”不在 ${document}#${anchor} 中`, itemId);
  };

  const seenIds = new Set<string>();
  const seenChecks = new Map<string, string>();
  const knownRoles = new Set(roleIds);
  for (const list of file.checklists) {
    if (seenIds.has(list.id)) fail('id 重复', list.id);
    seenIds.add(list.id);
    for (const role of list.roles) if (!knownRoles.has(role)) fail(`角色 “${role}” 不在 site.config.ts 的角色中`, list.id);
    if (list.method !== undefined) quoted(list.method, list.id, 'method ');
    if (list.solve !== undefined) quoted(list.solve, list.id, 'solve ');
    for (const q of list.questions) {
      if (seenIds.has(q.id)) fail('id 重复', q.id);
      seenIds.add(q.id);
      if (!q.id.startsWith(`${list.id}-`)) fail(`id 应以 ${list.id}- 开头`, q.id);
      const key = compactText(q.check);
      const same = seenChecks.get(key);
      if (same) fail(`查摆内容与 ${same} 相同`, q.id);
      else seenChecks.set(key, q.id);
      quoted(q.check, q.id, '查摆内容');
    }
  }
  return { file, errors };
}
