import { describe, expect, it } from 'vitest';
import { isAnswered, isAnswerShape, isCorrect, normalizeFill, stemBlankCount } from '../../../../src/lib/quiz/scoring.ts';
import { fill, judge, multiple, single } from './questions.ts';

describe('normalizeFill', () => {
  it('folds full-width forms, white space, case and edge punctuation', () => {
    expect(normalizeFill('７日')).toBe('7日');
    expect(normalizeFill(' 三会一课 。')).toBe('三会一课');
    expect(normalizeFill('“三会一课”')).toBe('三会一课');
    expect(normalizeFill('ＡＢＣ')).toBe('abc');
    expect(normalizeFill('三\u3000会 一\t课')).toBe('三会一课');
    expect(normalizeFill('！？，三会一课；：')).toBe('三会一课');
  });

  it('keeps punctuation inside the words', () => {
    expect(normalizeFill('党员、干部')).toBe('党员、干部');
    expect(normalizeFill('。')).toBe('');
  });
});

describe('isAnswerShape', () => {
  const s = single('plan-001', 'B', ['甲', '乙', '丙']);
  const m = multiple('plan-002', ['A', 'C']);
  const j = judge('plan-003', true);
  const f = fill('plan-004', [['七'], ['八']]);

  it('accepts only letters the question shows', () => {
    expect(isAnswerShape(s, 'C')).toBe(true);
    expect(isAnswerShape(s, 'D')).toBe(false);
    expect(isAnswerShape(s, 'c')).toBe(false);
    expect(isAnswerShape(s, ['C'])).toBe(false);
    expect(isAnswerShape(m, ['A', 'D'])).toBe(true);
    expect(isAnswerShape(m, [])).toBe(true);
    expect(isAnswerShape(m, ['A', 'E'])).toBe(false);
    expect(isAnswerShape(m, ['A', 'A'])).toBe(false);
    expect(isAnswerShape(m, 'A')).toBe(false);
  });

  it('checks judge and fill shapes', () => {
    expect(isAnswerShape(j, false)).toBe(true);
    expect(isAnswerShape(j, 'false')).toBe(false);
    expect(isAnswerShape(f, ['', '八'])).toBe(true);
    expect(isAnswerShape(f, ['七'])).toBe(false);
    expect(isAnswerShape(f, ['七', 8])).toBe(false);
    expect(isAnswerShape(f, null)).toBe(false);
  });
});

describe('isAnswered', () => {
  it('needs a complete answer', () => {
    expect(isAnswered(single('plan-001', 'A'), 'B')).toBe(true);
    expect(isAnswered(single('plan-001', 'A'), undefined)).toBe(false);
    expect(isAnswered(multiple('plan-002', ['A', 'B']), [])).toBe(false);
    expect(isAnswered(multiple('plan-002', ['A', 'B']), ['C'])).toBe(true);
    expect(isAnswered(judge('plan-003', true), false)).toBe(true);
    const f = fill('plan-004', [['七'], ['八']]);
    expect(isAnswered(f, ['七', '  '])).toBe(false);
    expect(isAnswered(f, ['七', '九'])).toBe(true);
    expect(isAnswered(f, ['七'])).toBe(false);
  });
});

describe('isCorrect', () => {
  it('marks single and judge exactly', () => {
    expect(isCorrect(single('plan-001', 'B'), 'B')).toBe(true);
    expect(isCorrect(single('plan-001', 'B'), 'A')).toBe(false);
    expect(isCorrect(judge('plan-003', false), false)).toBe(true);
    expect(isCorrect(judge('plan-003', false), true)).toBe(false);
    expect(isCorrect(judge('plan-003', false), undefined)).toBe(false);
  });

  it('marks multiple all-or-nothing, in any order', () => {
    const m = multiple('plan-002', ['A', 'C']);
    expect(isCorrect(m, ['C', 'A'])).toBe(true);
    expect(isCorrect(m, ['A'])).toBe(false);
    expect(isCorrect(m, ['A', 'B', 'C'])).toBe(false);
    expect(isCorrect(m, [])).toBe(false);
  });

  it('accepts any listed wording for each blank', () => {
    const f = fill('plan-004', [['7日', '七日'], ['三会一课']]);
    expect(isCorrect(f, ['７日', ' 三会一课 。'])).toBe(true);
    expect(isCorrect(f, ['七日', '“三会一课”'])).toBe(true);
    expect(isCorrect(f, ['8日', '三会一课'])).toBe(false);
    expect(isCorrect(f, ['三会一课', '7日'])).toBe(false);
    expect(isCorrect(f, ['7日'])).toBe(false);
  });

  it('never accepts an empty blank, even against a punctuation-only key', () => {
    expect(isCorrect(fill('plan-005', [['。']]), [''])).toBe(false);
  });
});

describe('stemBlankCount', () => {
  it('counts runs of four or more underscores', () => {
    expect(stemBlankCount('每月____，每季度________。___ 不算')).toBe(2);
    expect(stemBlankCount('没有空')).toBe(0);
  });
});
