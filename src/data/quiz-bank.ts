import { loadDocuments } from './documents.ts';
import { docFacts, questionBank } from './question-bank.ts';
import { anchorLabel, partOf, type QuizBank } from '../lib/quiz/quiz-bank.ts';
import { resolveQuestionSource } from '../lib/quiz/bank-check.ts';
import { sourceHref } from '../lib/quiz/source-link.ts';

let cached: Promise<QuizBank> | undefined;

/** The checked bank with sources resolved against the documents' headings; built once per build. */
export function quizBank(): Promise<QuizBank> {
  cached ??= (async () => {
    const docs = await loadDocuments();
    const byId = new Map(docs.map((d) => [d.summary.id, d]));
    const facts = docFacts();
    const questions = questionBank().map((q) => {
      const citedId = q.source.document ?? q.document;
      const cited = byId.get(citedId)!;
      const own = byId.get(q.document)!;
      // The bank check has already refused every source that resolves to nothing.
      const resolved = resolveQuestionSource(q, facts.get(citedId)!);
      const place = resolved.kind === 'page' || resolved.kind === 'missing' ? '' : ` ${anchorLabel(resolved.anchor, cited.headings)}`;
      return {
        ...q,
        href: sourceHref(citedId, resolved),
        where: `${cited.summary.shortTitle}${place}`,
        part: citedId === q.document ? partOf(q.source.anchor, own.headings) : undefined,
      };
    });
    const documents = docs
      .filter((d) => questions.some((q) => q.document === d.summary.id))
      .map((d) => ({
        id: d.summary.id,
        shortTitle: d.summary.shortTitle,
        audience: d.summary.audience,
        parts: d.headings
          .filter((h) => questions.some((q) => q.document === d.summary.id && q.part === h.id))
          .map((h) => ({ id: h.id, label: h.text })),
      }));
    return { documents, questions };
  })();
  return cached;
}
