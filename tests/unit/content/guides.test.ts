// @vitest-environment node
/**
 * Content truth checks for the study guides (导读) and category pages under `content/`.
 *
 * - every file's frontmatter passes the same zod schema Astro uses;
 * - every study guide (fullText: false) has the five fixed sections, 5–10 key points with stable
 *   anchors (`<Point id="pt-n">`) that each open with a 【…】 reference, and the closing "not 原文" notice;
 * - every 「…」 quotation in a blockquote occurs verbatim in the unit's plan
 *   (`content/sources/plan.txt`, a byte-for-byte copy of the user's requirements document).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../src/schemas/document.ts';
import { categoryPageSchema } from '../../../src/schemas/category-page.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const documentsDir = join(root, 'content/documents');
const categoriesDir = join(root, 'content/categories');
const planPath = join(root, 'content/sources/plan.txt');
const planText = readFileSync(planPath, 'utf8');

/** The plan's title as every quotation's attribution line names it. */
const PLAN_TITLE = '《上党区人民政府招商中心关于推进“两学一做”学习教育常态化制度化的实施方案》';
const GUIDE_HEADINGS = ['这份文件是做什么的', '文件结构', '学习要点', '谁要学', '原文在哪里'];
const GUIDE_NOTICE =
  '*本导读由本站用自己的话编写，不是原文；日期和条号已对照公开转载核实，正式学习请以官方发布的原文为准。*';

/** The name the plan uses for each must-learn document; members type these, so each must find its guide. */
const PLAN_NAMES: Record<string, string> = {
  dangzhang: '党章',
  'zhengzhi-shenghuo-zhunze': '新形势下党内政治生活的若干准则',
  'lianjie-zilv-zhunze': '廉洁自律准则',
  'jilv-chufen-tiaoli': '中国共产党纪律处分条例',
  'difang-weiyuanhui-tiaoli': '地方党委工作条例',
  'dangzu-tiaoli': '党组工作条例（试行）',
  'ganbu-renyong-tiaoli': '干部任用条例',
  'wenze-tiaoli': '问责条例',
  'geren-shixiang-guiding': '领导干部报告个人有关事项规定',
  'xilie-jianghua': '习近平总书记系列重要讲话',
};

// ---------------------------------------------------------------------------------------------
// A small frontmatter reader for the YAML subset content files use: `key: scalar`, flow lists
// `[a, "b"]`, block lists (`- item`) and one level of nested mappings. Anything else throws,
// so an unexpected construct fails loudly with the file name instead of being misread.

type Scalar = string | number | boolean | null;
type Value = Scalar | Scalar[] | Record<string, Scalar | Scalar[]>;

function parseScalar(raw: string, where: string): Scalar {
  const text = raw.trim();
  if (text.startsWith('"')) return JSON.parse(text) as string;
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 2) throw new Error(`${where}: unterminated string ${text}`);
    return text.slice(1, -1).replaceAll("''", "'");
  }
  const plain = text.replace(/\s+#.*$/, '');
  if (/^-?\d+$/.test(plain)) return Number(plain);
  if (plain === 'true' || plain === 'false') return plain === 'true';
  if (plain === '' || plain === 'null' || plain === '~') return null;
  if (/^[[\]{},&*!|>%@`]/.test(plain)) throw new Error(`${where}: unsupported YAML ${plain}`);
  return plain;
}

/** Splits a flow list body on commas that are not inside quotes. */
function splitFlow(body: string): string[] {
  const items: string[] = [];
  let current = '';
  let quote = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quote) {
      if (ch === '\\' && quote === '"') {
        current += ch + body[++i];
        continue;
      }
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ',') {
      items.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim() !== '') items.push(current);
  return items;
}

function parseValue(raw: string, where: string): Scalar | Scalar[] {
  const text = raw.trim();
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) throw new Error(`${where}: unterminated list ${text}`);
    return splitFlow(text.slice(1, -1)).map((item) => parseScalar(item, where));
  }
  return parseScalar(text, where);
}

/** Returns the frontmatter object and the body of an MDX file. */
function readFrontmatter(source: string, file: string): { data: Record<string, Value>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) throw new Error(`${file}: no frontmatter block`);
  const data: Record<string, Value> = {};
  const lines = match[1].split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const where = `${file}:${i + 2}`;
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const top = /^([A-Za-z_][\w-]*):(?:\s+(.*))?$/.exec(line);
    if (!top) throw new Error(`${where}: cannot read "${line}"`);
    const [, key, rest = ''] = top;
    if (rest.trim() !== '') {
      data[key] = parseValue(rest, where);
      continue;
    }
    // A nested block: either `- item` lines or `  key: value` lines, all indented.
    const list: Scalar[] = [];
    const map: Record<string, Scalar | Scalar[]> = {};
    while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1])) {
      const inner = lines[++i];
      const item = /^\s+-\s+(.*)$/.exec(inner);
      const pair = /^\s+([A-Za-z_][\w-]*):\s+(.*)$/.exec(inner);
      if (item) list.push(parseScalar(item[1], `${file}:${i + 2}`));
      else if (pair) map[pair[1]] = parseValue(pair[2], `${file}:${i + 2}`);
      else throw new Error(`${file}:${i + 2}: cannot read "${inner}"`);
    }
    if (list.length > 0 && Object.keys(map).length > 0) throw new Error(`${where}: mixed list and mapping`);
    data[key] = list.length > 0 ? list : Object.keys(map).length > 0 ? map : null;
  }
  return { data, body: source.slice(match[0].length) };
}

// ---------------------------------------------------------------------------------------------

function mdxFiles(dir: string): { name: string; source: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ name, source: readFileSync(join(dir, name), 'utf8') }));
}

/** The `## ` headings of a body, in order. */
function headings(body: string): string[] {
  return body
    .split('\n')
    .filter((line) => line.startsWith('## '))
    .map((line) => line.slice(3).trim());
}

/** The lines of one `## ` section, without its heading. */
function section(body: string, heading: string): string[] {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Blockquotes as arrays of their line contents (the leading `>` removed). */
function blockquotes(body: string): string[][] {
  const quotes: string[][] = [];
  let current: string[] | null = null;
  for (const line of body.split('\n')) {
    if (line.startsWith('>')) {
      current ??= [];
      current.push(line.replace(/^>\s?/, ''));
    } else if (current) {
      quotes.push(current);
      current = null;
    }
  }
  if (current) quotes.push(current);
  return quotes;
}

/** Every 「…」 quotation that opens a blockquote line. */
function planQuotations(body: string): string[] {
  return blockquotes(body)
    .flat()
    .filter((line) => line.startsWith('「'))
    .map((line) => {
      const close = line.lastIndexOf('」');
      return close < 0 ? line.slice(1) : line.slice(1, close);
    });
}

/** Every file: a 「…」 quotation in a blockquote occurs verbatim in the plan. */
function checkQuotations(file: string, body: string) {
  it('quotes the plan verbatim inside 「」', () => {
    for (const quote of planQuotations(body)) {
      expect(quote.length, `${file}: empty quotation`).toBeGreaterThan(0);
      expect(planText.includes(quote), `${file}: not verbatim in the plan: 「${quote}」`).toBe(true);
    }
  });
}

/** The only tags a guide may use: its 学习要点 list `<Points>` and each `<Point id="pt-n" articles="…">…</Point>`. */
const POINT_TAGS = /^(?:<\/?Points>|<Point id="pt-\d+"(?: articles="[\d,-]+")?>(.*)<\/Point>)$/;

/** Guides and category pages (plain MDX prose): quotations are attributed, no raw MDX syntax characters. */
function checkProse(file: string, body: string) {
  it('attributes every quotation block to a section of the plan', () => {
    for (const block of blockquotes(body)) {
      if (!block.some((line) => line.startsWith('「'))) continue;
      const last = block.at(-1) ?? '';
      expect(last, `${file}: quotation block without attribution`).toMatch(
        new RegExp(`^——${PLAN_TITLE}[一二三四五六](（[一二三]）)?$`),
      );
      for (const line of block.slice(0, -1)) {
        expect(line === '' || (line.startsWith('「') && line.endsWith('」')), `${file}: stray line "${line}"`).toBe(
          true,
        );
      }
    }
  });

  it('has no raw MDX expression or JSX characters in the body, beyond the 学习要点 tags', () => {
    const bad = body
      .split('\n')
      .map((line) => line.replace(/^>\s?/, '').replace(POINT_TAGS, '$1'))
      .filter((line) => /[{}<>]/.test(line));
    expect(bad, `${file}`).toEqual([]);
  });
}

const planCopy = readFileSync(planPath);

describe('content/sources/plan.txt', () => {
  it('is the unit plan, with the sections the guides cite', () => {
    expect(planCopy.length).toBeGreaterThan(10_000);
    for (const marker of ['三、抓实三个关键环节', '（一）精心组织“学”', '六、层层推动工作落实']) {
      expect(planText).toContain(marker);
    }
  });
});

describe('content/documents', () => {
  const files = mdxFiles(documentsDir);
  const ids = new Set<string>();

  for (const { name, source } of files) {
    describe(name, () => {
      const { data, body } = readFrontmatter(source, `content/documents/${name}`);
      const parsed = documentSchema.safeParse(data);
      it('has frontmatter that passes the document schema', () => {
        expect(parsed.error?.issues ?? [], name).toEqual([]);
      });
      if (!parsed.success) return;
      const meta = parsed.data;

      it('has an id that matches the file name and is unique', () => {
        expect(`${meta.id}.mdx`).toBe(name);
        expect(ids.has(meta.id)).toBe(false);
        ids.add(meta.id);
      });

      checkQuotations(`content/documents/${name}`, body);

      if (meta.fullText) return;

      checkProse(`content/documents/${name}`, body);

      it('has the five guide sections, in order', () => {
        expect(headings(body)).toEqual(GUIDE_HEADINGS);
      });

      it('lists 5–10 key points with stable anchors pt-1, pt-2, …, each opening with a 【…】 reference', () => {
        const points = section(body, '学习要点').filter((line) => line.startsWith('<Point '));
        expect(points.length).toBeGreaterThanOrEqual(5);
        expect(points.length).toBeLessThanOrEqual(10);
        points.forEach((line, i) => {
          expect(line, `${name}: point ${i + 1}`).toMatch(new RegExp(`^<Point id="pt-${i + 1}"(?: articles="[\\d,-]+")?>【[^】]+】\\S.*</Point>$`));
        });
      });

      it('quotes the plan in 谁要学', () => {
        expect(planQuotations(section(body, '谁要学').join('\n')).length).toBeGreaterThan(0);
      });

      it('ends with the notice that it is not the 原文', () => {
        expect(body.trimEnd().split('\n').at(-1)).toBe(GUIDE_NOTICE);
      });

      it('does not link to any outside page', () => {
        expect(body).not.toMatch(/https?:\/\//);
      });

      const planName = PLAN_NAMES[meta.id];
      if (planName) {
        it('is found by the name the plan uses', () => {
          expect(planText).toContain(planName);
          expect([meta.title, meta.shortTitle, ...meta.aliases]).toContain(planName);
        });
      }
    });
  }

  it('has a study guide for every document the plan names', () => {
    const names = new Set(files.map((f) => f.name));
    for (const id of Object.keys(PLAN_NAMES)) expect(names.has(`${id}.mdx`), id).toBe(true);
  });
});

describe('content/categories', () => {
  const files = mdxFiles(categoriesDir);

  for (const { name, source } of files) {
    describe(name, () => {
      const { data, body } = readFrontmatter(source, `content/categories/${name}`);
      const parsed = categoryPageSchema.safeParse(data);
      it('has frontmatter that passes the category page schema', () => {
        expect(parsed.error?.issues ?? [], name).toEqual([]);
      });
      if (!parsed.success) return;
      const meta = parsed.data;

      it('has a slug that matches the file name', () => {
        expect(`${meta.slug}.mdx`).toBe(name);
      });

      it('quotes the plan’s own requirement', () => {
        expect(planQuotations(body).length).toBeGreaterThan(0);
      });

      checkQuotations(`content/categories/${name}`, body);
      checkProse(`content/categories/${name}`, body);
    });
  }
});

describe('readFrontmatter', () => {
  it('reads the supported subset', () => {
    const { data, body } = readFrontmatter(
      '---\nid: "a"\nn: 3\nok: false\nplain: 党章\nlist: ["x, y", \'z\']\nsrc:\n  name: "新华社"\ntags:\n  - a\n---\nbody\n',
      't.mdx',
    );
    expect(data).toEqual({ id: 'a', n: 3, ok: false, plain: '党章', list: ['x, y', 'z'], src: { name: '新华社' }, tags: ['a'] });
    expect(body).toBe('body\n');
  });

  it('refuses what it cannot read', () => {
    expect(() => readFrontmatter('---\nkey: {a: 1}\n---\n', 't.mdx')).toThrow(/unsupported/);
    expect(() => readFrontmatter('---\nnot yaml\n---\n', 't.mdx')).toThrow(/cannot read/);
  });
});
