import { loadDocuments } from './documents.ts';
import { questionBank } from './question-bank.ts';
import { anchorLabel, partOf, type QuizBank } from '../lib/quiz/quiz-bank.ts';

let cached: Promise<QuizBank> | undefined;

/** The checked bank with sources resolved against the documents' headings; built once per build. */
export function quizBank(): Promise<QuizBank> {
  cached ??= (async () => {
    const docs = await loadDocuments();
    const byId = new Map(docs.map((d) => [d.summary.id, d]));
    const questions = questionBank().map((q) => {
      const citedId = q.source.document ?? q.document;
      const cited = byId.get(citedId)!;
      const own = byId.get(q.document)!;
      return {
        ...q,
        href: `/documents/${citedId}/#${q.source.anchor}`,
        where: `${cited.summary.shortTitle} ${anchorLabel(q.source.anchor, cited.headings)}`,
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
