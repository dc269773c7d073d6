/**
 * The YAML frontmatter of a file under `content/documents/`. Every generator (the plan builder and
 * the document importer) writes it through here, so all headers read the same way and no title or
 * summary can change what the YAML means.
 */
import { z } from 'astro/zod';
import { documentSchema, officialSourceSchema, type DocumentMetaInput } from '../schemas/document.ts';

// JSON.stringify leaves these raw, but YAML forbids them even inside double quotes (C1 controls,
// DEL, BOM) or reads them as line breaks (U+2028/2029, and U+0085 in YAML 1.1), which would change
// the string. YAML's `\uXXXX` escape keeps them exactly.
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff]/gu;

/** Key order of each nested mapping, taken from its schema like the top level's. */
const NESTED_KEYS: Readonly<Record<string, readonly string[]>> = {
  source: Object.keys(officialSourceSchema.shape),
};

function scalar(value: unknown, path: string): string {
  // A JSON string is a valid YAML double-quoted scalar once the characters above are escaped;
  // quoting every string stops `yes`, `null`, `2016`, `a: b` or `# x` from being read as anything
  // but text.
  if (typeof value === 'string') {
    return JSON.stringify(value).replace(YAML_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`frontmatter 字段 ${path} 的值无法写成 YAML：${String(value)}`);
}

function mappingLines(record: Record<string, unknown>, keys: readonly string[], indent: string, prefix: string): string[] {
  // The schema strips unknown keys when it parses, so they pass validation; refuse them here
  // rather than drop data silently.
  const unknown = Object.keys(record).filter((key) => !keys.includes(key) && record[key] !== undefined);
  if (unknown.length > 0) throw new Error(`frontmatter 含有文档 schema 之外的字段：${unknown.map((k) => prefix + k).join('、')}`);

  const lines: string[] = [];
  for (const key of keys) {
    const value = record[key];
    const path = prefix + key;
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      // Flow style, as the committed documents are written: `aliases: ["甲", "乙"]`, `[]` when empty.
      lines.push(`${indent}${key}: [${value.map((item, i) => scalar(item, `${path}.${i}`)).join(', ')}]`);
    } else if (typeof value === 'object' && value !== null) {
      const nested = NESTED_KEYS[key];
      if (nested === undefined) throw new Error(`frontmatter 字段 ${path} 不应是对象`);
      lines.push(`${indent}${key}:`, ...mappingLines(value as Record<string, unknown>, nested, `${indent}  `, `${path}.`));
    } else {
      lines.push(`${indent}${key}: ${scalar(value, path)}`);
    }
  }
  return lines;
}

/**
 * Renders `meta` as the frontmatter block, both `---` lines and the final newline included, e.g.
 * `---\nid: "plan"\ntitle: "…"\naliases: ["甲", "乙"]\nsource:\n  name: "…"\n---\n`.
 *
 * Keys follow the order of `documentSchema` (nested `source` keys that of its own schema), so
 * every document's header reads the same way; `undefined` fields are left out and defaults are
 * not filled in. Strings are always double-quoted JSON-style with YAML-unsafe characters escaped,
 * so any text reads back unchanged; numbers and booleans are bare; arrays are one flow line.
 *
 * @param meta The document's frontmatter as it should appear in the file.
 * @returns The block, ready to be followed by a blank line and the body.
 * @throws Error listing every field that fails `documentSchema` (with a Chinese reason) or is not
 * in the schema at all, so an invalid file is never written.
 */
export function renderFrontmatter(meta: DocumentMetaInput): string {
  const result = documentSchema.safeParse(meta, { error: z.locales.zhCN().localeError });
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `  字段 ${issue.path.join('.') || '（整体）'}：${issue.message}`);
    throw new Error(`frontmatter 不符合文档 schema，未写入：\n${issues.join('\n')}`);
  }
  const lines = mappingLines(meta as Record<string, unknown>, Object.keys(documentSchema.shape), '', '');
  return `---\n${lines.join('\n')}\n---\n`;
}
