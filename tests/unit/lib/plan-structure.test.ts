import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { h, render, type ComponentChildren, type ComponentType } from 'preact';
import * as jsxRuntime from 'preact/jsx-runtime';
import { evaluate, mdxToHast, mdxToJs, type EvaluateOptions } from 'satteri';
import { describe, expect, it } from 'vitest';
import { buildPlan, PLAN_FRONTMATTER, PLAN_OUTPUT_PATH, PLAN_SOURCE_PATH } from '../../../scripts/build-plan.ts';
import { escapeMdxText } from '../../../src/lib/mdx-escape.ts';
import { planLinkScopes, planTermLinks, renderHeading, renderLinkedText } from '../../../src/lib/plan-mdx.ts';
import {
  countPlan,
  parseChineseNumeral,
  parsePlan,
  planParagraphs,
  splitLineIntoParagraphs,
} from '../../../src/lib/plan-structure.ts';
import { findTermMatches, selectFirstOccurrences, TERM_LINKS, type TermLink } from '../../../src/lib/term-links.ts';
import { documentSchema } from '../../../src/schemas/document.ts';

const source = readFileSync(PLAN_SOURCE_PATH, 'utf8');
const plan = parsePlan(source);
const { mdx: generated, counts } = buildPlan(source);
/** The committed file: what the site publishes, so the checks below run on it, not on a fresh build. */
const mdx = readFileSync(PLAN_OUTPUT_PATH, 'utf8');
const body = mdx.slice(mdx.indexOf('\n---\n', 4) + '\n---\n'.length);

/** Astro 7 compiles MDX with Sätteri and turns GFM and smart punctuation on unless configured off. */
const ASTRO_FEATURES = { gfm: true, smartPunctuation: true } as const;

function Heading({ level, id, children }: { level: number; id: string; children?: ComponentChildren }) {
  return h(`h${level}`, { id }, children);
}

/** Compiles and runs MDX the way the site's pages do, and returns the rendered DOM. */
async function renderMdx(text: string): Promise<HTMLElement> {
  const module = await evaluate(text, {
    Fragment: jsxRuntime.Fragment,
    jsx: jsxRuntime.jsx as EvaluateOptions['jsx'],
    jsxs: jsxRuntime.jsxs as EvaluateOptions['jsxs'],
    features: ASTRO_FEATURES,
  });
  const Content = module.default as ComponentType<{ components: Record<string, unknown> }>;
  // Preact builds the DOM node by node; no HTML string is parsed on the way, so what the test
  // sees is what the compiler produced, not a DOM parser's reading of serialised HTML.
  const container = document.createElement('div');
  render(h(Content, { components: { Heading } }), container);
  return container;
}

const noWhitespace = (text: string) => text.replace(/\s+/gu, '');

/** The source without its three title lines, whitespace removed: what the page body must say. */
const sourceBody = noWhitespace(source.split('\n').slice(3).join('\n'));

interface HeadingTag {
  level: number;
  id: string;
  text: string;
}
const headings: HeadingTag[] = [...body.matchAll(/<Heading level=\{(\d)\} id="([^"]+)">(.*?)<\/Heading>/gu)].map((m) => ({
  level: Number(m[1]),
  id: m[2]!,
  text: m[3]!,
}));

describe('parsePlan', () => {
  it('finds the title, six sections, three subsections and 28 paragraphs', () => {
    expect(plan.titleLines).toEqual(['上党区人民政府招商中心', '关于推进“两学一做”学习教育常态化制度化的', '实 施 方 案']);
    expect(plan.title).toBe(PLAN_FRONTMATTER.title);
    expect(countPlan(plan)).toEqual({ sections: 6, subsections: 3, paragraphs: 28 });
    expect(counts).toEqual({ sections: 6, subsections: 3, paragraphs: 28, links: 19 });
    expect(plan.sections.map((s) => s.id)).toEqual(['sec-1', 'sec-2', 'sec-3', 'sec-4', 'sec-5', 'sec-6']);
    expect(plan.sections.flatMap((s) => s.subsections.map((sub) => sub.id))).toEqual(['sec-3-1', 'sec-3-2', 'sec-3-3']);
    expect(plan.sections.map((s) => planParagraphsOf(s.id))).toEqual([1, 2, 12, 5, 4, 3]);
    expect(plan.preamble.map((p) => p.id)).toEqual(['p-1']);
  });

  it('keeps the headings exactly as written, including the mistyped 1、', () => {
    expect(plan.sections[0]!.heading).toBe('1、 从讲政治的高度充分认识推进“两学一做”学习教育常态化制度化的重大意义');
    expect(plan.sections[1]!.heading).toBe('二、准确把握目标要求');
    expect(plan.sections[2]!.subsections.map((s) => s.heading)).toEqual(['（一）精心组织“学”', '（二）引导党员“做”', '（三）深入推动“改”']);
  });

  it('numbers paragraphs 1..N in reading order with unique ids', () => {
    const all = planParagraphs(plan);
    expect(all.map((p) => p.n)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(all.map((p) => p.id)).toEqual(all.map((p) => `p-${p.n}`));
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
  });

  it('splits the one line that lays out two paragraphs with a wide gap, and drops the gap', () => {
    const all = planParagraphs(plan);
    const at = all.findIndex((p) => p.text.endsWith('开展开放式组织生活。'));
    expect(at).toBeGreaterThan(0);
    expect(all[at + 1]!.text.startsWith('开展好党支部活动。')).toBe(true);
    expect(all.every((p) => p.text === p.text.trim() && !/[ \u3000]{2}/u.test(p.text))).toBe(true);
    const lines = source.split('\n').filter((line) => line.trim() !== '');
    expect(all.length).toBe(lines.length - 3 - 6 - 3 + 1);
  });
});

function planParagraphsOf(sectionId: string): number {
  return planLinkScopes(plan).find((scope) => scope.id === sectionId)!.paragraphs.length;
}

describe('splitLineIntoParagraphs', () => {
  it('splits after a sentence end only, on ASCII or ideographic gaps', () => {
    expect(splitLineIntoParagraphs('  甲。   乙。 ')).toEqual(['甲。', '乙。']);
    expect(splitLineIntoParagraphs('甲。\u3000\u3000乙')).toEqual(['甲。', '乙']);
    expect(splitLineIntoParagraphs('甲。 乙。')).toEqual(['甲。 乙。']);
    expect(splitLineIntoParagraphs('甲  乙。')).toEqual(['甲  乙。']);
    expect(splitLineIntoParagraphs('   ')).toEqual([]);
  });
});

describe('parseChineseNumeral', () => {
  it('reads 一 to 九十九', () => {
    expect(['一', '六', '十', '十二', '二十', '二十三'].map(parseChineseNumeral)).toEqual([1, 6, 10, 12, 20, 23]);
    expect(['', '一一', '十十', '百'].map(parseChineseNumeral)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('generated plan.mdx', () => {
  it('is what the generator produces now (hand edits are caught)', () => {
    expect(mdx).toBe(generated);
  });

  it('has frontmatter that Astro reads and the document schema accepts', () => {
    const { frontmatter } = parseFrontmatter(mdx);
    const meta = documentSchema.parse(frontmatter);
    expect(meta).toEqual(documentSchema.parse(PLAN_FRONTMATTER));
    expect(meta).toMatchObject({ id: 'plan', category: '本单位文件', audience: 'all', requirement: '必学', fullText: true, order: 0 });
    for (const date of ['adopted', 'issued', 'effective'] as const) expect(meta[date]).toBeUndefined();
  });

  it('never skips a heading level, and every paragraph marker sits one level below its heading', () => {
    expect(headings[0]!.level).toBe(2);
    let enclosing = 1;
    for (const [index, heading] of headings.entries()) {
      if (index > 0) expect(heading.level).toBeLessThanOrEqual(headings[index - 1]!.level + 1);
      if (heading.id.startsWith('p-')) {
        expect(heading.level).toBe(enclosing + 1);
        expect(heading.text).toBe(`第${heading.id.slice(2)}段`);
      } else {
        enclosing = heading.level;
      }
    }
    expect(headings.filter((h) => h.id.startsWith('sec-') && h.level === 2)).toHaveLength(6);
    expect(headings.filter((h) => h.id.startsWith('sec-') && h.level === 3)).toHaveLength(3);
  });

  it('has unique anchors, paragraph markers numbered 1..28 in order', () => {
    const ids = headings.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('p-'))).toEqual(Array.from({ length: 28 }, (_, i) => `p-${i + 1}`));
  });

  it('reproduces the source wording exactly once markup is stripped', () => {
    const stripped = body
      .replace(/<Heading level=\{\d\} id="p-\d+">第\d+段<\/Heading>/gu, '')
      .replace(/<Heading level=\{\d\} id="[^"]+">(.*?)<\/Heading>/gu, '$1')
      .replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(\/[^)\s]*\)/gu, '$1')
      .replace(/&#(\d+);/gu, (_, code: string) => String.fromCharCode(Number(code)))
      .replace(/\\([!-/:-@[-`{-~])/gu, '$1');
    expect(noWhitespace(stripped)).toBe(sourceBody);
  });

  it('renders through the MDX compiler to exactly the source wording, with every anchor', async () => {
    const page = await renderMdx(mdx);
    for (const id of [...plan.sections.map((s) => s.id), 'sec-3-1', 'sec-3-2', 'sec-3-3', ...planParagraphs(plan).map((p) => p.id)]) {
      expect(page.querySelector(`#${id}`), id).not.toBeNull();
    }
    expect(page.querySelector('#sec-3-1')!.tagName).toBe('H3');
    for (const marker of page.querySelectorAll('[id^="p-"]')) marker.remove();
    expect(noWhitespace(page.textContent ?? '')).toBe(sourceBody);
    const links = [...page.querySelectorAll('a')];
    expect(links).toHaveLength(19);
    for (const link of links) {
      const entry = TERM_LINKS.find((t) => t.href === link.getAttribute('href'));
      expect(link.textContent).toBe(entry?.term);
    }
  });

  it('compiles with the options Astro passes', () => {
    expect(() => mdxToJs(mdx, { features: ASTRO_FEATURES, jsxImportSource: 'astro', elementAttributeNameCase: 'html' })).not.toThrow();
  });
});

describe('term links in the plan', () => {
  const links = planTermLinks(plan);
  const linkedTerms = (scopeId: string) =>
    planLinkScopes(plan)
      .find((scope) => scope.id === scopeId)!
      .paragraphs.flatMap((p) => (links.get(p.id) ?? []).map((m) => m.link.term));

  it('links each name once per section, at its first standalone occurrence', () => {
    for (const scope of planLinkScopes(plan)) {
      const seen = new Set<string>();
      for (const paragraph of scope.paragraphs) {
        const chosen = links.get(paragraph.id) ?? [];
        const all = findTermMatches(paragraph.text);
        for (const match of all) {
          const isLinked = chosen.some((c) => c.start === match.start);
          // Linked exactly when no earlier paragraph or position in this scope had the name.
          expect(isLinked, `${scope.id} ${paragraph.id} ${match.link.term}@${match.start}`).toBe(!seen.has(match.link.term));
          seen.add(match.link.term);
        }
      }
    }
  });

  it('links the expected names in each section', () => {
    expect(linkedTerms('preamble')).toEqual(['习近平总书记系列重要讲话']);
    expect(linkedTerms('sec-1')).toEqual(['党章', '习近平总书记系列重要讲话']);
    expect(linkedTerms('sec-2')).toEqual(['习近平总书记系列重要讲话']);
    expect(linkedTerms('sec-3')).toEqual([
      '党章',
      '新形势下党内政治生活的若干准则',
      '廉洁自律准则',
      '中国共产党纪律处分条例',
      '地方党委工作条例',
      '党组工作条例（试行）',
      '干部任用条例',
      '问责条例',
      '领导干部报告个人有关事项规定',
      '习近平总书记系列重要讲话',
      '党的历史',
      '先进典型',
      '警示教育',
    ]);
    // Sections 4 and 5 only say 党章党规, which is not linked as 党章.
    expect(linkedTerms('sec-4')).toEqual(['习近平总书记系列重要讲话']);
    expect(linkedTerms('sec-5')).toEqual(['习近平总书记系列重要讲话']);
    expect(linkedTerms('sec-6')).toEqual([]);
    expect(links.get('p-5')!.map((m) => m.link.term)[0]).toBe('党章');
  });

  it('puts no link inside a heading', () => {
    for (const line of body.split('\n').filter((l) => l.startsWith('<Heading'))) expect(line).not.toMatch(/\]\(/u);
    expect(body.match(/\]\(\//gu)).toHaveLength(19);
  });
});

describe('findTermMatches', () => {
  it('does not take 党章 out of 党章党规 or 中国共产党章程', () => {
    expect(findTermMatches('学习党章党规')).toEqual([]);
    expect(findTermMatches('违反《中国共产党章程》')).toEqual([]);
    expect(findTermMatches('学习党的历史使命')).toEqual([]);
    expect(findTermMatches('(1)党章；').map((m) => [m.start, m.link.term])).toEqual([[3, '党章']]);
  });

  it('prefers the longest name, then the leftmost', () => {
    const table: TermLink[] = [
      { term: '条例', href: '/a/' },
      { term: '工作条例', href: '/b/' },
      { term: '作条', href: '/c/' },
    ];
    expect(findTermMatches('工作条例和条例', table).map((m) => m.link.href)).toEqual(['/b/', '/a/']);
    expect(findTermMatches('党组工作条例（试行）').map((m) => m.link.term)).toEqual(['党组工作条例（试行）']);
  });

  it('selects first occurrences across paragraphs of a scope', () => {
    const chosen = selectFirstOccurrences(['党章党规', '党章和党章', '警示教育与党章']);
    expect(chosen.map((list) => list.map((m) => [m.start, m.link.term]))).toEqual([[], [[0, '党章']], [[0, '警示教育']]]);
  });
});

// The one escaping function serves the plan builder and the importer; these cases merge both
// generators' former suites, so it is at least as strict as either was.
describe('escapeMdxText', () => {
  const nasty = [
    '{x} {/* c */} }{',
    '<div>html</div> </Heading> <Heading level={2}>',
    '<!-- comment -->',
    '*a* _b_ **c** __d__ ***e***',
    '[a](b) ![i](x) [x]: /y [^1] [^1]: note',
    '`code` ``two``',
    '# heading',
    '###### six',
    '> quote',
    '- item',
    '+ item',
    '* item',
    '1. item',
    '12) item',
    '---',
    '===',
    '***',
    '___',
    '~~~',
    '```js',
    'a\\b \\ \\\\ end\\',
    '&amp; &copy; &#123; &#x41; & alone',
    'a | b | c',
    '~~del~~ ~one~',
    '"double" \'single\' it\'s',
    'a -- b --- c ... d .. e - f',
    '$x$ $$y$$',
    'import x from "y"',
    'export const a = 1',
    'importer and exports stay',
    '(1)党章；(2)新形势下党内政治生活的若干准则、廉洁自律准则',
    '1、 从讲政治的高度',
    '基本要求,紧紧围绕“六个强化”',
    ':::note',
    '团结—批评—团结',
    '（试行）【】《》「」',
    // From the importer's suite.
    '{1+1} 与 {x} <b>粗</b> <br/> </p>',
    '*强调* _下划线_ **加粗** `代码` ~~删除~~ ~单~ a|b $x$ \\反斜杠\\',
    '[链接](#art-1) ![图](a.png) [^1] &amp; &copy; &#123;',
    '- 减号开头', '+ 加号开头', '1. 数字加点', '2) 数字加括号', '# 井号', '> 引用',
    '<!-- 注释 -->', '"引号" \'单引号\' -- 破折号 --- 省略号...',
    '第一条　普通的中文，　含全角空格。',
    'import$x from "y"',
  ];

  it.each(nasty)('renders %j verbatim as one plain paragraph, with no other element', (text) => {
    type Node = { type: string; value?: string; tagName?: string; name?: string; children?: Node[] };
    const textOf = (n: Node): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textOf).join(''));
    const tags = (n: Node): string[] => [n.tagName ?? n.name ?? n.type, ...(n.children ?? []).flatMap(tags)];
    const tree = mdxToHast(escapeMdxText(text), { features: ASTRO_FEATURES }) as Node;
    expect(textOf(tree).trim()).toBe(text);
    expect(tags(tree).filter((t) => !['root', 'text', 'p'].includes(t))).toEqual([]);
  });

  it('makes every nasty string render as itself in a paragraph, a heading and a link', async () => {
    const blocks = nasty.flatMap((text, i) => [
      `<Heading level={2} id="h-${i}">${escapeMdxText(text)}</Heading>`,
      `<div id="p-${i}">\n\n${escapeMdxText(text)}\n\n</div>`,
      `<div id="a-${i}">\n\n[${escapeMdxText(text)}](/x/)\n\n</div>`,
    ]);
    const page = await renderMdx(blocks.join('\n\n'));
    for (const [i, text] of nasty.entries()) {
      expect(page.querySelector(`#h-${i}`)?.textContent, `heading ${text}`).toBe(text);
      expect(page.querySelector(`#p-${i}`)?.textContent?.trim(), `paragraph ${text}`).toBe(text);
      expect(page.querySelector(`#a-${i} a`)?.textContent, `link ${text}`).toBe(text);
    }
  });

  it('keeps multi-line text as text, every line start included', async () => {
    const text = 'para\n===\n- b\n1. c\nimport d\n> e\n# f';
    const page = await renderMdx(escapeMdxText(text));
    expect(page.querySelectorAll('p')).toHaveLength(1);
    expect(page.querySelector('p')!.textContent).toBe(text);
  });

  it('survives random mixes of syntax characters', async () => {
    const alphabet = [...'{}<>[]()*_`#&|~"\'$\\!-.+=:;^@/ 1a中。“”（）'];
    let seed = 20160;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const samples = Array.from({ length: 300 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 16) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('').trim(),
    ).filter((s) => s !== '');
    const page = await renderMdx(samples.map((s, i) => `<div id="r-${i}">\n\n${escapeMdxText(s)}\n\n</div>`).join('\n\n'));
    for (const [i, s] of samples.entries()) expect(page.querySelector(`#r-${i}`)?.textContent?.trim(), s).toBe(s);
  });

  it('leaves plain Chinese text and harmless characters untouched', () => {
    expect(escapeMdxText('党章是管党治党的总章程，(1)党章；')).toBe('党章是管党治党的总章程，(1)党章；');
    expect(escapeMdxText('{x} <b> 1. *a*')).toBe('\\{x\\} \\<b\\> 1. \\*a\\*');
    expect(escapeMdxText('{x} <b> *a*')).toBe('\\{x\\} \\<b\\> \\*a\\*');
    expect(escapeMdxText('2016-10-27 1.5')).toBe('2016-10-27 1.5');
  });

  // The importer once skipped line-start escapes for text continuing a line after a link; the
  // shared function always applies them, which must cost nothing there.
  it.each(['- x', '+ x', '= x', '1. x', '12) x', 'import x', 'export x'])(
    'escapes the line start of %j, which still renders as itself after a link',
    async (text) => {
      expect(escapeMdxText(text)).not.toBe(text);
      const page = await renderMdx(`<div id="c">\n\n[第二条](#art-2)${escapeMdxText(text)}\n\n</div>`);
      expect(page.querySelector('#c')?.textContent?.trim()).toBe(`第二条${text}`);
      expect(page.querySelector('#c a')?.textContent).toBe('第二条');
    },
  );
});

describe('renderers', () => {
  it('refuses an anchor that would need escaping and a link at the wrong place', () => {
    expect(() => renderHeading(2, 'a"b', 'x')).toThrow();
    expect(() => renderLinkedText('党章', [{ start: 1, end: 3, link: TERM_LINKS[0]! }])).toThrow();
  });
});
