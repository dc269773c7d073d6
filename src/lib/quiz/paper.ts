/**
 * Printable papers chosen by the secretary: how many questions, of which types, and a seed, so the
 * same choice always gives the same paper (and a paper can be printed again from its number). Pure.
 */
import { QUESTION_TYPES, type QuestionType } from '../../schemas/question-vocabulary.ts';
import { mulberry32, sample, seedFromString } from './random.ts';

/** What the secretary chose for a paper. */
export interface PaperChoice {
  /** Questions wanted; the whole pool when it is not smaller. */
  count: number;
  /** Question types to draw from, in the paper's section order. */
  types: QuestionType[];
  /** The paper's number: the same number and choice give the same paper. */
  seed: string;
}

/** A question as the paper needs it: its id and type, in the bank's order. */
export interface PaperQuestion {
  id: string;
  type: QuestionType;
}

/** The longest seed kept (a paper number, not a text). */
const SEED_MAX = 24;

/**
 * The choice in a page address (`?n=50&types=single,judge&seed=2718`), checked: a count from 1 to
 * `total` (default: all), known types only (default: all), and a seed of letters and digits
 * (default: empty, meaning "make one up"). Anything unusable falls back to the default.
 */
export function paperChoiceFromParams(params: { get(name: string): string | null; getAll(name: string): string[] }, total: number): PaperChoice {
  const n = Number(params.get('n'));
  const count = Number.isInteger(n) && n >= 1 ? Math.min(n, total) : total;
  // `types=single,judge` from a shared link, or one `types=` per ticked box from the form.
  const asked = params.getAll('types').flatMap((x) => x.split(',')).filter((x): x is QuestionType => (QUESTION_TYPES as readonly string[]).includes(x));
  const types = asked.length > 0 ? QUESTION_TYPES.filter((x) => asked.includes(x)) : [...QUESTION_TYPES];
  const seed = (params.get('seed') ?? '').replace(/[^0-9A-Za-z-]/g, '').slice(0, SEED_MAX);
  return { count, types, seed };
}

/** A new paper number from a random value in [0, 1): six digits, easy to read out and type. */
export function newPaperSeed(random: number): string {
  return String(100000 + Math.floor(random * 900000));
}

/**
 * The ids on the paper: `count` questions drawn with the seed from those of the chosen types,
 * then put back in the bank's order (grouped by type in the paper, as the bank's sections are).
 * The draw depends only on the choice and the pool, not on the order the pool arrives in.
 */
export function pickPaper(questions: readonly PaperQuestion[], choice: PaperChoice): string[] {
  const pool = questions.filter((q) => choice.types.includes(q.type));
  const ids = pool.map((q) => q.id).sort();
  const drawn = new Set(sample(ids, choice.count, mulberry32(seedFromString(`lxyz-paper:${choice.seed}:${choice.types.join(',')}`))));
  return pool.filter((q) => drawn.has(q.id)).map((q) => q.id);
}
