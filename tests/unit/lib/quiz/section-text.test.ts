import { describe, expect, it } from 'vitest';
import { compactText, headingSlug, plainText, sectionTexts } from '../../../../src/lib/quiz/section-text.ts';

describe('headingSlug', () => {
  it('follows github-slugger for Chinese headings', () => {
    expect(headingSlug('学习要点')).toBe('学习要点');
    expect(headingSlug(' 一、学习内容（重点） ')).toBe('一学习内容重点');
    expect(headingSlug('Step 2: Read')).toBe('step-2-read');
  });
});

describe('plainText', () => {
  it('keeps link text and drops tags and escapes', () => {
    expect(plainText('见[第三条](#art-3)和<Term id="x">三会一课</Term>\\*')).toBe('见第三条和三会一课*');
  });
});

describe('sectionTexts', () => {
  const body = [
    '<Heading level={2} id="sec-1">一、总体要求</Heading>',
    '总体要求正文。',
    '<Heading level={3} id="sec-1-1">（一）学习</Heading>',
    '学习[党章](/documents/dangzhang/)。',
    '<Heading level={2} id="sec-2">二、主要内容</Heading>',
    '主要内容正文。',
    '## 学习要点',
    '要点正文。',
    '### 小节',
    '小节正文。',
  ].join('\n');
  const texts = sectionTexts(body);

  it('gives each heading its text, including its subsections', () => {
    expect(texts.get('sec-1')).toBe('总体要求正文。\n学习党章。');
    expect(texts.get('sec-1-1')).toBe('学习党章。');
  });

  it('ends a section at the next heading of the same or a higher level', () => {
    expect(texts.get('sec-2')).toBe('主要内容正文。');
    expect(texts.get('学习要点')).toBe('要点正文。\n小节正文。');
    expect(texts.get('小节')).toBe('小节正文。');
    expect([...texts.keys()].sort()).toEqual(['sec-1', 'sec-1-1', 'sec-2', '学习要点', '小节'].sort());
  });

  it('accepts Windows line endings and ignores text before the first heading', () => {
    const crlf = sectionTexts('前言\r\n## 甲\r\n甲文\r\n## 乙\r\n乙文');
    expect(Object.fromEntries(crlf)).toEqual({ 甲: '甲文', 乙: '乙文' });
  });
});

describe('compactText', () => {
  it('removes every kind of white space and nothing else', () => {
    expect(compactText(' 三会\u3000一课\n\t，党课 ')).toBe('三会一课，党课');
  });
});
