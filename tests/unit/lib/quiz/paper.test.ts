import { describe, expect, it } from 'vitest';
import { newPaperSeed, paperChoiceFromParams, pickPaper, type PaperQuestion } from '../../../../src/lib/quiz/paper.ts';

const params = (query: string) => new URLSearchParams(query);
const TYPES = ['single', 'multiple', 'judge', 'fill'] as const;
const bank: PaperQuestion[] = Array.from({ length: 170 }, (_, i) => ({ id: `plan-${String(i + 1).padStart(3, '0')}`, type: TYPES[i % 4]! }));

describe('paperChoiceFromParams', () => {
  it('reads count, types and seed', () => {
    expect(paperChoiceFromParams(params('n=50&types=judge,single&seed=2718'), 170)).toEqual({ count: 50, types: ['single', 'judge'], seed: '2718' });
  });
  it('reads the form’s one types= per ticked box too', () => {
    expect(paperChoiceFromParams(params('n=10&types=fill&types=multiple&seed=7'), 170).types).toEqual(['multiple', 'fill']);
  });
  it('falls back to the whole bank, every type and no seed', () => {
    expect(paperChoiceFromParams(params(''), 170)).toEqual({ count: 170, types: ['single', 'multiple', 'judge', 'fill'], seed: '' });
    expect(paperChoiceFromParams(params('n=0&types=essay'), 170)).toEqual({ count: 170, types: ['single', 'multiple', 'judge', 'fill'], seed: '' });
    expect(paperChoiceFromParams(params('n=2.5'), 170).count).toBe(170);
  });
  it('caps the count at the bank and cleans the seed', () => {
    expect(paperChoiceFromParams(params('n=900&seed=<b>12 34</b>'), 170)).toMatchObject({ count: 170, seed: 'b1234b' });
    expect(paperChoiceFromParams(params(`seed=${'9'.repeat(40)}`), 170).seed).toHaveLength(24);
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
