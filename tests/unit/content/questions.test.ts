// @vitest-environment node
/**
 * Content checks for the real question banks under `content/questions/`: they pass the bank
 * checker, are large enough per document, and cover the parts of the plan members are examined on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocFacts, readQuestionBank } from '../../../src/data/question-bank.ts';
import { formatBankError } from '../../../src/lib/quiz/bank-check.ts';
import { headingsFromMdx, type OutlineHeading } from '../../../src/lib/doc-outline.ts';
import type { Question } from '../../../src/schemas/question.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const contentDir = join(root, 'content');
const bank = readQuestionBank(contentDir);
const docs = readDocFacts(contentDir);
const questions = bank.questions;
const planHeadings = headingsFromMdx(readFileSync(join(contentDir, 'documents/plan.mdx'), 'utf8'));

const citedDocument = (q: Question) => q.source.document ?? q.document;
const textOf = (q: Question) => [q.stem, q.source.quote ?? '', ...q.tags].join(' ');

/** Whether `anchor` is `sectionId` or a heading nested under it. */
function inside(anchor: string, sectionId: string, headings: readonly OutlineHeading[]): boolean {
  const start = headings.findIndex((h) => h.id === sectionId);
  if (start < 0) return false;
  const depth = headings[start]!.depth;
  for (let i = start; i < headings.length; i += 1) {
    if (i > start && headings[i]!.depth <= depth) return false;
    if (headings[i]!.id === anchor) return true;
  }
  return false;
}

/** Plan paragraphs (`p-n`) that questions cite, from any bank. */
const planCitations = questions.filter((q) => citedDocument(q) === 'plan').map((q) => q.source.anchor);

describe('question banks', () => {
  it('pass the bank checker without errors', () => {
    expect(bank.errors.map(formatBankError)).toEqual([]);
  });

  it('hold at least 300 questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(300);
  });

  it('have enough questions on each document for its audience', () => {
    const counts = new Map<string, number>();
    for (const q of questions) counts.set(q.document, (counts.get(q.document) ?? 0) + 1);
    const short: string[] = [];
    for (const doc of docs.values()) {
      const minimum = doc.id === 'plan' ? 120 : doc.id === 'dangzhang' ? 50 : doc.audience === 'all' ? 15 : 8;
      const count = counts.get(doc.id) ?? 0;
      if (count < minimum) short.push(`${doc.id}: ${count} < ${minimum}`);
    }
    expect(short).toEqual([]);
    // Every document the site carries has a bank, and the minimums above apply to real documents.
    expect([...docs.keys()].sort()).toEqual([...counts.keys()].sort());
    expect(docs.get('plan')?.audience).toBe('all');
    expect([...docs.values()].filter((d) => d.audience === 'leaders').length).toBeGreaterThan(0);
  });

  it('give a quote for every question in the plan bank', () => {
    const planBank = questions.filter((q) => q.document === 'plan');
    expect(planBank.length).toBeGreaterThan(0);
    expect(planBank.filter((q) => !q.source.quote?.trim()).map((q) => q.id)).toEqual([]);
  });

  it('cite only documents that exist', () => {
    expect(questions.filter((q) => !docs.has(citedDocument(q))).map((q) => `${q.id} → ${citedDocument(q)}`)).toEqual([]);
  });

  it('cite only places that exist on the plan', () => {
    const ids = new Set(planHeadings.map((h) => h.id));
    expect(planCitations.filter((a) => !ids.has(a))).toEqual([]);
  });

  it('never repeat a stem, ignoring white space', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const q of questions) {
      const key = q.stem.replace(/\s+/gu, '');
      const first = seen.get(key);
      if (first) repeats.push(`${first} = ${q.id}`);
      else seen.set(key, q.id);
    }
    expect(repeats).toEqual([]);
  });
});

describe('coverage of the plan', () => {
  const sections = ['sec-1', 'sec-2', 'sec-3', 'sec-3-1', 'sec-3-2', 'sec-3-3', 'sec-4', 'sec-5', 'sec-6'];

  it('reads the plan’s sections from its page', () => {
    expect(planHeadings.map((h) => h.id).filter((id) => id.startsWith('sec-'))).toEqual(sections);
  });

  it.each(sections)('has questions on a paragraph inside %s', (section) => {
    const cited = planCitations.filter((a) => /^p-\d+$/.test(a) && inside(a, section, planHeadings));
    expect(cited.length).toBeGreaterThan(0);
  });

  it('covers the paragraph with the 双十条 lists', () => {
    const paragraph = [...(docs.get('plan')?.sections ?? [])].find(([id, text]) => /^p-\d+$/.test(id) && text.includes('双十条'))?.[0];
    expect(paragraph).toMatch(/^p-\d+$/);
    expect(planCitations).toContain(paragraph);
    expect(questions.some((q) => textOf(q).includes('双十条'))).toBe(true);
  });

  it.each(['四个合格', '三会一课', '党员活动日', '七一'])('asks about %s', (topic) => {
    const hits = questions.filter((q) => textOf(q).includes(topic));
    expect(hits.length).toBeGreaterThan(0);
  });
});
