/**
 * What the secretary chooses for a printable paper (how many questions, of which types, and a seed,
 * so the same choice always gives the same paper), read from the page address. Pure, and apart
 * from the draw in ./paper.ts: a paper of every question of the chosen types needs no draw, so the
 * print page loads the drawing code (shared with the quiz pages) only for a smaller paper.
 */
// Only the type: the list of types comes from the caller (the page writes it), because the
// vocabulary module travels in the quiz pages' bundle, which a paper should not have to load.
import type { QuestionType } from '../../schemas/question-vocabulary.ts';

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
 * (default: empty, meaning "make one up"). Anything unusable falls back to the default. `known` is
 * every question type in the paper's section order (QUESTION_TYPES).
 */
export function paperChoiceFromParams(
  params: { get(name: string): string | null; getAll(name: string): string[] },
  total: number,
  known: readonly QuestionType[],
): PaperChoice {
  const n = Number(params.get('n'));
  const count = Number.isInteger(n) && n >= 1 ? Math.min(n, total) : total;
  // `types=single,judge` from a shared link, or one `types=` per ticked box from the form.
  const asked = params.getAll('types').flatMap((x) => x.split(',')).filter((x): x is QuestionType => (known as readonly string[]).includes(x));
  const types = asked.length > 0 ? known.filter((x) => asked.includes(x)) : [...known];
  const seed = (params.get('seed') ?? '').replace(/[^0-9A-Za-z-]/g, '').slice(0, SEED_MAX);
  return { count, types, seed };
}

/** A new paper number from a random value in [0, 1): six digits, easy to read out and type. */
export function newPaperSeed(random: number): string {
  return String(100000 + Math.floor(random * 900000));
}

/** The questions of the chosen types, in the bank's order: what a paper is drawn from. */
export function paperPool(questions: readonly PaperQuestion[], choice: PaperChoice): PaperQuestion[] {
  return questions.filter((q) => choice.types.includes(q.type));
}

/** Whether the paper is the whole pool (every seed then gives that same paper, and nothing is drawn). */
export function takesWholePool(pool: readonly PaperQuestion[], choice: PaperChoice): boolean {
  return choice.count >= pool.length;
}
