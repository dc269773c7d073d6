import type { Question, QuestionType } from '../../schemas/question.ts';

/** Counts of one document's questions. */
export interface BankCounts {
  /** Document id. */
  document: string;
  /** All its questions. */
  total: number;
  /** By type. */
  byType: Record<QuestionType, number>;
  /** How many rest on facts the branch has still to review. */
  unchecked: number;
  /** How many carry an evidence quote. */
  quoted: number;
}

/** Per-document counts, in the order documents first appear. */
export function countBank(questions: readonly Question[]): BankCounts[] {
  const rows = new Map<string, BankCounts>();
  for (const q of questions) {
    let row = rows.get(q.document);
    if (!row) {
      row = { document: q.document, total: 0, byType: { single: 0, multiple: 0, judge: 0, fill: 0 }, unchecked: 0, quoted: 0 };
      rows.set(q.document, row);
    }
    row.total += 1;
    row.byType[q.type] += 1;
    if (!q.checked) row.unchecked += 1;
    if (q.source.quote !== undefined) row.quoted += 1;
  }
  return [...rows.values()];
}

/** What a question rests on: a FACTS.md item, a plan quote checked at build, or nothing checked yet. */
export type Evidence = 'fact' | 'quote' | 'unchecked';

/** The evidence kind of a question; a FACTS id wins over a quote when a question names both. */
export function evidenceOf(q: Question): Evidence {
  if (!q.checked) return 'unchecked';
  return q.fact !== undefined ? 'fact' : 'quote';
}

/** How many questions fall in each key, in first-seen order: e.g. by evidence, by FACTS id, by link kind. */
export function tally<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
