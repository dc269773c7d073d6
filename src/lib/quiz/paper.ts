/**
 * Printable papers chosen by the secretary: the seeded draw of a paper's questions, so the same
 * choice always gives the same paper (and a paper can be printed again from its number). Pure.
 */
import { mulberry32, sample, seedFromString } from './random.ts';
import { paperPool, type PaperChoice, type PaperQuestion } from './paper-choice.ts';

export { newPaperSeed, paperChoiceFromParams, type PaperChoice, type PaperQuestion } from './paper-choice.ts';

/**
 * The ids on the paper: `count` questions drawn with the seed from those of the chosen types,
 * then put back in the bank's order (grouped by type in the paper, as the bank's sections are).
 * The draw depends only on the choice and the pool, not on the order the pool arrives in.
 */
export function pickPaper(questions: readonly PaperQuestion[], choice: PaperChoice): string[] {
  const pool = paperPool(questions, choice);
  const ids = pool.map((q) => q.id).sort();
  const drawn = new Set(sample(ids, choice.count, mulberry32(seedFromString(`lxyz-paper:${choice.seed}:${choice.types.join(',')}`))));
  return pool.filter((q) => drawn.has(q.id)).map((q) => q.id);
}
