import { describe, expect, it } from 'vitest';
import type { OutlineHeading } from '../../../../src/lib/doc-outline.ts';
import { anchorLabel, documentOfId, partOf } from '../../../../src/lib/quiz/quiz-bank.ts';

/** Shaped like the plan: a preamble paragraph, then sections with subsections and paragraphs. */
const planHeadings: OutlineHeading[] = [
  { depth: 2, id: 'p-1', text: '第1段' },
  { depth: 2, id: 'sec-1', text: '1、 重大意义' },
  { depth: 3, id: 'p-2', text: '第2段' },
  { depth: 2, id: 'sec-3', text: '三、抓实三个关键环节' },
  { depth: 3, id: 'sec-3-1', text: '（一）精心组织“学”' },
  { depth: 4, id: 'p-5', text: '第5段' },
  { depth: 3, id: 'sec-3-2', text: '（二）引导党员“做”' },
  { depth: 4, id: 'p-9', text: '第9段' },
  { depth: 2, id: 'sec-4', text: '四、发挥支部主体作用' },
  { depth: 3, id: 'p-17', text: '第17段' },
];

/** A study guide: every heading at the top level, nothing nested. */
const guideHeadings: OutlineHeading[] = [
  { depth: 2, id: '这份文件是做什么的', text: '这份文件是做什么的' },
  { depth: 2, id: '学习要点', text: '学习要点' },
  { depth: 2, id: '谁要学', text: '谁要学' },
];

describe('documentOfId', () => {
  it('drops the trailing number', () => {
    expect(documentOfId('plan-012')).toBe('plan');
    expect(documentOfId('dangzhang-1001')).toBe('dangzhang');
  });

  it('keeps hyphens inside the document id', () => {
    expect(documentOfId('jilv-chufen-tiaoli-003')).toBe('jilv-chufen-tiaoli');
  });
});

describe('anchorLabel', () => {
  it('writes articles with Chinese numerals', () => {
    expect(anchorLabel('art-10', [])).toBe('第十条');
    expect(anchorLabel('art-1', [])).toBe('第一条');
    expect(anchorLabel('art-23', [])).toBe('第二十三条');
    expect(anchorLabel('art-103', [])).toBe('第一百零三条');
  });

  it('writes paragraphs with Arabic numerals', () => {
    expect(anchorLabel('p-12', [])).toBe('第12段');
    expect(anchorLabel('p-5', planHeadings)).toBe('第5段');
  });

  it('uses a heading’s own text for any other anchor it knows', () => {
    expect(anchorLabel('学习要点', guideHeadings)).toBe('学习要点');
    expect(anchorLabel('sec-3', planHeadings)).toBe('三、抓实三个关键环节');
    expect(anchorLabel('sec-3-1', planHeadings)).toBe('（一）精心组织“学”');
  });

  it('names a part without a heading by its number', () => {
    expect(anchorLabel('sec-3', [])).toBe('第三部分');
    expect(anchorLabel('sec-12', guideHeadings)).toBe('第十二部分');
  });

  it('falls back to the anchor itself when nothing describes it', () => {
    expect(anchorLabel('sec-3-2', [])).toBe('sec-3-2');
    expect(anchorLabel('未知', guideHeadings)).toBe('未知');
  });
});

describe('partOf', () => {
  it('finds the top-level section a nested paragraph is in', () => {
    expect(partOf('p-5', planHeadings)).toBe('sec-3');
    expect(partOf('p-9', planHeadings)).toBe('sec-3');
    expect(partOf('p-2', planHeadings)).toBe('sec-1');
    expect(partOf('p-17', planHeadings)).toBe('sec-4');
  });

  it('puts a subsection and the section itself in that section', () => {
    expect(partOf('sec-3-1', planHeadings)).toBe('sec-3');
    expect(partOf('sec-3', planHeadings)).toBe('sec-3');
  });

  it('gives no part for the preamble paragraph', () => {
    expect(partOf('p-1', planHeadings)).toBeUndefined();
  });

  it('gives no part on a guide whose headings are all top level', () => {
    expect(partOf('学习要点', guideHeadings)).toBeUndefined();
    expect(partOf('谁要学', guideHeadings)).toBeUndefined();
  });

  it('gives no part for an anchor not among the headings', () => {
    expect(partOf('p-99', planHeadings)).toBeUndefined();
    expect(partOf('p-1', [])).toBeUndefined();
  });
});
