// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingsFromMdx } from '../../../../src/lib/doc-outline.ts';
import { numberToChinese } from '../../../../src/lib/numerals.ts';
import { leadPhrases } from '../../../../src/lib/search/lead-phrases.ts';
import { enterTarget, matchDocuments, quickJump } from '../../../../src/lib/search/quick-jump.ts';
import type { QuickDoc } from '../../../../src/lib/search/quick-jump-types.ts';
import { quickListFor, quickShardKey, quickShards } from '../../../../src/lib/search/quick-jump-shards.ts';

const guide = (id: string, title: string, shortTitle: string, aliases: string[]): QuickDoc => ({
  id, title, shortTitle, aliases, fullText: false, anchors: [], points: [], note: 'yuanwen', source: `${shortTitle}的发布渠道`,
});

// The real catalogue's ids and names (study guides, no anchors), a made-up imported full text
// with articles and chapters, and a small plan shaped like plan.mdx.
const GUIDES: QuickDoc[] = [
  guide('dangzhang', '中国共产党章程', '党章', ['中国共产党党章', '党的章程']),
  guide('dangzu-tiaoli', '中国共产党党组工作条例', '党组工作条例', ['党组工作条例（试行）', '党组条例']),
  guide('difang-weiyuanhui-tiaoli', '中国共产党地方委员会工作条例', '地方党委工作条例', ['地方委员会工作条例', '地方党委条例']),
  guide('ganbu-renyong-tiaoli', '党政领导干部选拔任用工作条例', '干部任用条例', ['选拔任用条例', '干部选拔任用条例']),
  guide('geren-shixiang-guiding', '领导干部报告个人有关事项规定', '个人有关事项报告规定', ['个人事项报告', '报告个人有关事项']),
  guide('jilv-chufen-tiaoli', '中国共产党纪律处分条例', '纪律处分条例', ['处分条例', '党纪处分条例']),
  guide('lianjie-zilv-zhunze', '中国共产党廉洁自律准则', '廉洁自律准则', ['廉洁准则']),
  guide('wenze-tiaoli', '中国共产党问责条例', '问责条例', ['党内问责条例']),
  guide('xilie-jianghua', '习近平总书记系列重要讲话', '系列讲话', ['系列重要讲话', '总书记重要讲话']),
  guide('zhengzhi-shenghuo-zhunze', '关于新形势下党内政治生活的若干准则', '若干准则', ['党内政治生活准则', '政治生活准则']),
];

const SHILI: QuickDoc = {
  id: 'shili-guiding',
  title: '示例管理规定',
  shortTitle: '示例规定',
  aliases: [],
  fullText: true,
  anchors: Array.from({ length: 120 }, (_, i) => i + 1).flatMap((n) => [
    ...(n % 20 === 1 ? [{ id: `ch-${Math.ceil(n / 20)}`, label: `第${numberToChinese(Math.ceil(n / 20))}章　示例第${Math.ceil(n / 20)}部分` }] : []),
    { id: `art-${n}`, label: `第${numberToChinese(n)}条` },
  ]),
};

const PLAN: QuickDoc = {
  id: 'plan',
  title: '上党区人民政府招商中心关于推进“两学一做”学习教育常态化制度化的实施方案',
  shortTitle: '实施方案',
  aliases: ['两学一做实施方案', '方案'],
  fullText: true,
  anchors: [
    { id: 'p-1', label: '第1段' },
    { id: 'sec-1', label: '一、充分认识重大意义' },
    { id: 'p-2', label: '工作目标' },
    { id: 'sec-2', label: '二、抓实三个关键环节' },
    { id: 'sec-2-1', label: '（一）精心组织“学”' },
    { id: 'p-3', label: '明确学习重点' },
    { id: 'p-4', label: '严格落实“三会一课”制度' },
    { id: 'sec-3', label: '三、层层推动工作落实' },
    { id: 'p-5', label: '第5段' },
    { id: 'p-12', label: '健全长期“做”的机制' },
  ],
};

// The 党章 guide's points that cover articles, as quick.json sends them.
GUIDES[0]!.points = [
  { id: 'pt-5', label: '学习要点 5', articles: [19] },
  { id: 'pt-6', label: '学习要点 6', articles: [40, 41] },
];

const DOCS = [PLAN, ...GUIDES, SHILI];
const first = (query: string, docs: QuickDoc[] = DOCS) => quickJump(query, docs)[0];

describe('quickJump — references', () => {
  it.each(['党章 第十条', '党章10', '党章第10条', '党章 10', '党章第十条', '《党章》第十条'])(
    '%s → the 党章 guide’s note on where the 原文 is published, flagged as not bundled',
    (query) => {
      expect(first(query)).toEqual({
        href: '/documents/dangzhang/#yuanwen', label: '党章 第十条', detail: '党章的发布渠道', available: false,
      });
    },
  );

  it('lands on the 学习要点 that covers the article', () => {
    expect(first('党章 第十九条')).toEqual({ href: '/documents/dangzhang/#pt-5', label: '党章 第十九条', detail: '学习要点 5', available: true });
    expect(first('党章41')).toMatchObject({ href: '/documents/dangzhang/#pt-6', available: true });
  });

  it('never links a guide to an #art- anchor it does not have', () => {
    for (const query of ['党章10', '问责 7', '处分条例5', '纪律处分条例 第一百零三条', '党章第二章']) {
      expect(quickJump(query, DOCS).some((t) => t.href.includes('#art-') || t.href.includes('#ch-'))).toBe(false);
    }
  });

  it('纪律处分条例 第一百零三条, 处分条例, 问责 7', () => {
    expect(first('纪律处分条例 第一百零三条')).toMatchObject({ href: '/documents/jilv-chufen-tiaoli/#yuanwen', label: '纪律处分条例 第一百零三条' });
    expect(first('处分条例5')?.href).toBe('/documents/jilv-chufen-tiaoli/#yuanwen');
    expect(first('问责 7')).toMatchObject({ href: '/documents/wenze-tiaoli/#yuanwen', label: '问责条例 第七条', available: false });
  });

  it('puts the document itself after the place', () => {
    expect(quickJump('党章10', DOCS).map((t) => t.href)).toEqual(['/documents/dangzhang/#yuanwen', '/documents/dangzhang/']);
  });

  it('falls back to the guide page when it has no note', () => {
    const bare: QuickDoc = { ...GUIDES[1]!, note: undefined, source: undefined };
    expect(first('党组工作条例 3', [bare])).toEqual({
      href: '/documents/dangzu-tiaoli/', label: '党组工作条例 第三条', detail: '中国共产党党组工作条例', available: false,
    });
  });

  it('lands on an article a full text has, and drops one it does not have', () => {
    expect(first('示例规定 第一百零三条')).toEqual({
      href: '/documents/shili-guiding/#art-103', label: '示例规定 第一百零三条', detail: '示例管理规定', available: true,
    });
    const beyond = quickJump('示例规定 第二百条', DOCS);
    expect(beyond.some((t) => t.href.includes('#art-'))).toBe(false);
    expect(beyond[0]?.href).toBe('/documents/shili-guiding/');
  });

  it('finds chapters by number', () => {
    expect(first('示例规定第三章')).toMatchObject({ href: '/documents/shili-guiding/#ch-3', label: '示例规定 第三章　示例第3部分', available: true });
    expect(first('党章第二章')).toMatchObject({ href: '/documents/dangzhang/#yuanwen', available: false });
  });

  it('reads the plan by paragraph and by part', () => {
    expect(first('实施方案 第12段')).toEqual({
      href: '/documents/plan/#p-12', label: '实施方案 第12段', detail: '健全长期“做”的机制', available: true,
    });
    expect(first('方案12')?.href).toBe('/documents/plan/#p-12');
    expect(first('方案 第5段')).toMatchObject({ href: '/documents/plan/#p-5', detail: PLAN.title });
    expect(first('方案 三')).toEqual({
      href: '/documents/plan/#sec-3', label: '实施方案 第三部分', detail: '三、层层推动工作落实', available: true,
    });
    expect(first('方案 第三部分')?.href).toBe('/documents/plan/#sec-3');
    expect(first('方案第2部分')?.href).toBe('/documents/plan/#sec-2');
    // There is no fifth part: 方案 五 is the fifth paragraph after all.
    expect(first('方案 五')?.href).toBe('/documents/plan/#p-5');
    expect(quickJump('方案 第99段', DOCS).some((t) => t.href.includes('#'))).toBe(false);
  });

  it('offers every document a shared word names', () => {
    const hrefs = quickJump('准则 3', DOCS).map((t) => t.href);
    expect(hrefs).toContain('/documents/lianjie-zilv-zhunze/#yuanwen');
    expect(hrefs).toContain('/documents/zhengzhi-shenghuo-zhunze/#yuanwen');
  });
});

describe('matchDocuments', () => {
  const ids = (q: string) => matchDocuments(q, DOCS).map((d) => d.id);
  it('matches names exactly, by part and with a typo, but not on one shared character', () => {
    expect(ids('党章')).toEqual(['dangzhang']);
    expect(ids('问责')).toEqual(['wenze-tiaoli']);
    expect(ids('纪律处分条例')).toEqual(['jilv-chufen-tiaoli']);
    expect(ids('处分条例')).toEqual(['jilv-chufen-tiaoli']);
    expect(ids('中国共产党纪律处分条例')).toEqual(['jilv-chufen-tiaoli']);
    expect(ids('纪律出分条例')).toEqual(['jilv-chufen-tiaoli']);
    expect(ids('党规')).toEqual([]);
    expect(ids('七')).toEqual([]);
    expect(ids('')).toEqual([]);
  });
});

describe('quickJump — words', () => {
  it('三会一课 → the plan paragraph that begins with it', () => {
    expect(first('三会一课')).toEqual({
      href: '/documents/plan/#p-4', label: '实施方案 第4段', detail: '严格落实“三会一课”制度', available: true,
    });
  });

  it('a document name → its page', () => {
    expect(first('廉洁自律准则')).toEqual({
      href: '/documents/lianjie-zilv-zhunze/', label: '廉洁自律准则', detail: '中国共产党廉洁自律准则', available: true,
    });
    expect(first('党章')?.href).toBe('/documents/dangzhang/');
    expect(first('党组')?.href).toBe('/documents/dangzu-tiaoli/');
  });

  it('ranks exact and containing hits before fuzzy ones, and never repeats a target', () => {
    const results = quickJump('学习', DOCS, 10);
    expect(results[0]?.href).toBe('/documents/plan/');
    expect(results.map((t) => t.href)).toContain('/documents/plan/#p-3');
    expect(new Set(results.map((t) => t.href)).size).toBe(results.length);
  });

  it('does not offer bare 第十条 / 第n段 headings for words', () => {
    expect(quickJump('第五段', DOCS).some((t) => t.href === '/documents/plan/#p-5')).toBe(false);
  });

  it('respects the limit', () => {
    expect(quickJump('条例 3', DOCS, 2)).toHaveLength(2);
    expect(quickJump('条例', DOCS)).toHaveLength(5);
  });
});

describe('quickJump — robustness', () => {
  it.each([
    '', ' ', '   \n\t', '<script>alert(1)</script>', '!!!', '。。。', '"\'`', '\\', '第', '10', '第十条',
    '党'.repeat(500), 'a'.repeat(500), '条例'.repeat(250), '^$.*+?()[]{}|', '=党章', "'党章", '!党章', '党章$',
    '\u0000\uffff', '😀😀', '\ud800', '党章 10000', '党章 -1', '党章 1.5',
  ])('never throws on %j', (query) => {
    expect(() => quickJump(query, DOCS)).not.toThrow();
    expect(Array.isArray(quickJump(query, DOCS))).toBe(true);
  });

  it('returns nothing for empty and punctuation-only queries', () => {
    expect(quickJump('', DOCS)).toEqual([]);
    expect(quickJump('  《》“”  ', DOCS)).toEqual([]);
    expect(quickJump('<script>', DOCS)).toEqual([]);
  });

  it('survives bad arguments from untyped callers', () => {
    expect(quickJump(undefined as unknown as string, DOCS)).toEqual([]);
    expect(quickJump('党章', null as unknown as QuickDoc[])).toEqual([]);
    expect(quickJump('党章', [{ id: 'x' } as unknown as QuickDoc])).toEqual([]);
    expect(quickJump('党章', DOCS, 0)).toEqual([]);
    expect(quickJump('党章', DOCS, Number.NaN)).toEqual([]);
  });
});

describe('quickJump — the real plan', () => {
  const body = readFileSync('content/documents/plan.mdx', 'utf8');
  const leads = leadPhrases(body);
  const plan: QuickDoc = {
    ...PLAN,
    // Built as src/pages/search/quick.json.ts builds it.
    anchors: headingsFromMdx(body).map((h) => ({ id: h.id, label: leads.get(h.id) ?? h.text })),
  };
  const docs = [plan, ...GUIDES];
  const paragraphStarting = (words: string) =>
    new RegExp(`<Heading level=\\{\\d\\} id="(p-\\d+)">[^<]*</Heading>\\s*${words}`).exec(body)?.[1];

  it('三会一课 → the paragraph that begins 严格落实“三会一课”制度。', () => {
    const id = paragraphStarting('严格落实“三会一课”制度。');
    expect(id).toBeDefined();
    expect(first('三会一课', docs)).toMatchObject({ href: `/documents/plan/#${id}`, detail: '严格落实“三会一课”制度', available: true });
  });

  it('明确学习重点 → its paragraph', () => {
    const id = paragraphStarting('明确学习重点。');
    expect(id).toBeDefined();
    expect(first('明确学习重点', docs)?.href).toBe(`/documents/plan/#${id}`);
  });

  it('方案12 → #p-12, 方案 三 → #sec-3', () => {
    expect(first('方案12', docs)?.href).toBe('/documents/plan/#p-12');
    expect(first('实施方案 第12段', docs)?.href).toBe('/documents/plan/#p-12');
    expect(first('方案 三', docs)).toMatchObject({ href: '/documents/plan/#sec-3', detail: '三、抓实三个关键环节' });
    expect(first('方案 第三部分', docs)?.href).toBe('/documents/plan/#sec-3');
  });
});

describe('enterTarget', () => {
  it('goes to the first suggestion for a reference or its name as typed, and lists matches otherwise', () => {
    expect(enterTarget('党章10', quickJump('党章10', DOCS))).toBe('/documents/dangzhang/#yuanwen');
    expect(enterTarget(' 党章 ', quickJump('党章', DOCS))).toBe('/documents/dangzhang/');
    expect(enterTarget('处分', quickJump('处分', DOCS))).toBeNull();
    expect(enterTarget('党章', [])).toBeNull();
  });
});

describe('quick-jump shards', () => {
  const body = readFileSync('content/documents/plan.mdx', 'utf8');
  const leads = leadPhrases(body);
  const plan: QuickDoc = { ...PLAN, anchors: headingsFromMdx(body).map((h) => ({ id: h.id, label: leads.get(h.id) ?? h.text })) };
  const docs = [plan, ...GUIDES, SHILI];
  const shards = quickShards(docs);
  // Every target a shard's documents can give: what a shard answer is checked against.
  const reachable = (list: QuickDoc[]) =>
    new Set(list.flatMap((d) => [`/documents/${d.id}/`, ...d.anchors.map((a) => `/documents/${d.id}/#${a.id}`)]));
  // Queries members type: every name and word heading, and pieces of them.
  const texts = docs.flatMap((d) => [d.title, d.shortTitle, ...d.aliases, ...d.anchors.map((a) => a.label)]);
  const queries = [...new Set(texts.flatMap((t) => [t, t.slice(0, 2), t.slice(1, 4), t.slice(-3)]))].filter((q) => quickListFor(q) !== 'full');

  it('answers a query that is not a reference from its shard as the full list does', () => {
    expect(queries.length).toBeGreaterThan(50);
    for (const q of queries) {
      const key = quickShardKey(q);
      if (key === null) continue;
      const shard = shards.get(key)!;
      const inShard = reachable(shard);
      const expected = quickJump(q, docs, 1000).filter((t) => inShard.has(t.href)).slice(0, 5);
      expect(quickJump(q, shard), q).toEqual(expected);
      // A name or heading that contains the query is always there.
      const whole = quickJump(q, docs, 1000).filter((t) => t.label.includes(q) || t.detail.includes(q));
      for (const t of whole) expect(inShard.has(t.href), `${q} → ${t.href}`).toBe(true);
    }
  });

  it('leaves places to the full list, which references load, and has every shard even if empty', () => {
    expect(quickListFor('党章10')).toBe('full');
    expect(quickListFor('方案 三')).toBe('full');
    expect(quickListFor('三会一课')).toEqual({ shard: '9' });
    expect(quickListFor(' 《》 ')).toBeNull();
    expect(shards.size).toBe(256);
    const all = [...shards.values()].flat();
    expect(all.some((d) => d.points?.length || d.anchors.some((a) => a.id.startsWith('art-')))).toBe(false);
    expect(shards.get(quickShardKey('党章')!)!.map((d) => d.id)).toContain('dangzhang');
  });
});
