import { describe, expect, it } from 'vitest';
import { newPaperSeed, paperChoiceFromParams, pickPaper, type PaperQuestion } from '../../../../src/lib/quiz/paper.ts';
import { QUESTION_TYPES } from '../../../../src/schemas/question-vocabulary.ts';
import { paperPool, takesWholePool } from '../../../../src/lib/quiz/paper-choice.ts';

const params = (query: string) => new URLSearchParams(query);
const TYPES = ['single', 'multiple', 'judge', 'fill'] as const;
const bank: PaperQuestion[] = Array.from({ length: 170 }, (_, i) => ({ id: `plan-${String(i + 1).padStart(3, '0')}`, type: TYPES[i % 4]! }));

describe('paperChoiceFromParams', () => {
  it('reads count, types and seed', () => {
    expect(paperChoiceFromParams(params('n=50&types=judge,single&seed=2718'), 170, QUESTION_TYPES)).toEqual({ count: 50, types: ['single', 'judge'], seed: '2718' });
  });
  it('reads the form’s one types= per ticked box too', () => {
    expect(paperChoiceFromParams(params('n=10&types=fill&types=multiple&seed=7'), 170, QUESTION_TYPES).types).toEqual(['multiple', 'fill']);
  });
  it('falls back to the whole bank, every type and no seed', () => {
    expect(paperChoiceFromParams(params(''), 170, QUESTION_TYPES)).toEqual({ count: 170, types: ['single', 'multiple', 'judge', 'fill'], seed: '' });
    expect(paperChoiceFromParams(params('n=0&types=essay'), 170, QUESTION_TYPES)).toEqual({ count: 170, types: ['single', 'multiple', 'judge', 'fill'], seed: '' });
    expect(paperChoiceFromParams(params('n=2.5'), 170, QUESTION_TYPES).count).toBe(170);
  });
  it('caps the count at the bank and cleans the seed', () => {
    expect(paperChoiceFromParams(params('n=900&seed=<b>12 34</b>'), 170, QUESTION_TYPES)).toMatchObject({ count: 170, seed: 'b1234b' });
    expect(paperChoiceFromParams(params(`seed=${'9'.repeat(40)}`), 170, QUESTION_TYPES).seed).toHaveLength(24);
  });
});

describe('newPaperSeed', () => {
  it('is six digits', () => {
    expect(newPaperSeed(0)).toBe('100000');
    expect(newPaperSeed(0.999999)).toBe('999999');
  });
});

describe('pickPaper', () => {
  const choice = { count: 50, types: ['single', 'judge'] as PaperQuestion['type'][], seed: '2718' };
  it('draws the asked number of questions of the asked types, in bank order', () => {
    const ids = pickPaper(bank, choice);
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
    const byId = new Map(bank.map((q) => [q.id, q]));
    expect(ids.every((id) => ['single', 'judge'].includes(byId.get(id)!.type))).toBe(true);
    expect(ids).toEqual([...ids].sort());
  });
  it('gives the same paper for the same choice, whatever order the bank comes in', () => {
    expect(pickPaper([...bank].reverse(), choice).sort()).toEqual(pickPaper(bank, choice));
  });
  it('gives another paper for another seed', () => {
    expect(pickPaper(bank, { ...choice, seed: '2719' })).not.toEqual(pickPaper(bank, choice));
  });
  it('takes the whole pool when fewer questions are there than asked', () => {
    expect(pickPaper(bank, { count: 500, types: ['fill'], seed: '1' })).toHaveLength(42);
  });
});

describe('a paper of the whole pool', () => {
  it('is the pool in bank order, whatever the seed, so the print page need not draw it', () => {
    for (const choice of [
      { count: 170, types: [...TYPES], seed: '1' },
      { count: 999, types: ['judge', 'fill'] as PaperQuestion['type'][], seed: '424242' },
    ]) {
      const pool = paperPool(bank, choice);
      expect(takesWholePool(pool, choice)).toBe(true);
      expect(pickPaper(bank, choice)).toEqual(pool.map((q) => q.id));
      expect(pickPaper(bank, { ...choice, seed: 'other' })).toEqual(pool.map((q) => q.id));
    }
  });
  it('is not taken for a smaller paper', () => {
    const choice = { count: 20, types: ['single'] as PaperQuestion['type'][], seed: '1' };
    expect(paperPool(bank, choice)).toHaveLength(43);
    expect(takesWholePool(paperPool(bank, choice), choice)).toBe(false);
  });
});
