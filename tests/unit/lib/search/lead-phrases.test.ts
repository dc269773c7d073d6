// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leadPhrase, leadPhrases, plainMdxText } from '../../../../src/lib/search/lead-phrases.ts';

describe('leadPhrase', () => {
  it.each([
    ['工作目标。推进“两学一做”学习教育常态化制度化，必须……', '工作目标'],
    ['明确学习重点。要制定具体学习内容清单。', '明确学习重点'],
    ['严格落实“三会一课”制度。坚持把……', '严格落实“三会一课”制度'],
  ])('%s → %s', (text, phrase) => {
    expect(leadPhrase(text)).toBe(phrase);
  });

  it.each([
    ['a sentence with a comma', '党支部是党最基本的组织，是党全部工作和战斗力的基础。'],
    ['a comma typed in ASCII', '基本要求,紧紧围绕“六个强化”。'],
    ['more than 20 characters', '坚持学做结合突出针对性敢于直面问题勇于自我革命即知即改。'],
    ['no 。 at all', '工作目标'],
    ['a list item', '(1)理想信念坚定。'],
    ['a single character', '学。'],
  ])('undefined for %s', (_, text) => {
    expect(leadPhrase(text)).toBeUndefined();
  });
});

describe('plainMdxText', () => {
  it('keeps link text, drops link targets and MDX escapes', () => {
    expect(plainMdxText('学习[党章](/documents/dangzhang/)和\\*重点\\*')).toBe('学习党章和*重点*');
    expect(plainMdxText('\\[注\\](x)')).toBe('[注](x)');
    expect(plainMdxText('&#105;mport')).toBe('import');
  });
});

describe('leadPhrases', () => {
  it('reads the paragraph after each p- marker, links and escapes stripped', () => {
    const body = [
      '<Heading level={2} id="p-1">第1段</Heading>',
      '为全面贯彻[党章](/documents/dangzhang/)精神，提出如下意见。',
      '<Heading level={2} id="sec-1">一、总则</Heading>',
      '<Heading level={3} id="p-2">第2段</Heading>',
      '学习[党章](/documents/dangzhang/)\\*要点\\*。其余内容。',
      '<Heading level={3} id="p-3">第3段</Heading>',
      '工作目标。后文。',
    ].join('\n\n');
    expect([...leadPhrases(body)]).toEqual([
      ['p-1', undefined],
      ['p-2', '学习党章*要点*'],
      ['p-3', '工作目标'],
    ]);
  });

  it('finds the real plan’s lead phrases', () => {
    const body = readFileSync('content/documents/plan.mdx', 'utf8');
    const leads = leadPhrases(body);
    const byPhrase = new Map([...leads].filter(([, p]) => p !== undefined).map(([id, p]) => [p, id]));
    // The ids are looked up by the paragraph's own opening words, so renumbering does not break the test.
    const paragraphStarting = (words: string) => {
      const m = new RegExp(`<Heading level=\\{\\d\\} id="(p-\\d+)">[^<]*</Heading>\\s*${words}`).exec(body);
      return m?.[1];
    };
    expect(paragraphStarting('严格落实“三会一课”制度。')).toBeDefined();
    expect(byPhrase.get('严格落实“三会一课”制度')).toBe(paragraphStarting('严格落实“三会一课”制度。'));
    expect(byPhrase.get('明确学习重点')).toBe(paragraphStarting('明确学习重点。'));
    expect(byPhrase.get('工作目标')).toBe(paragraphStarting('工作目标。'));
    // Every paragraph marker has an entry; paragraphs that open with a sentence have no phrase.
    expect(leads.size).toBe((body.match(/id="p-\d+"/g) ?? []).length);
    expect(leads.get('p-1')).toBeUndefined();
  });
});
