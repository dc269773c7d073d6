import { getCollection, render, type CollectionEntry } from 'astro:content';
import { CATEGORIES } from '../schemas/document.ts';
import { headingsFromMdx, readingUnits, type OutlineHeading } from '../lib/doc-outline.ts';
import type { DocSummary } from '../lib/study-list.ts';

/** A document entry with its outline, in catalogue order. */
export interface LoadedDocument {
  entry: CollectionEntry<'documents'>;
  headings: OutlineHeading[];
  summary: DocSummary;
}

let cached: Promise<LoadedDocument[]> | undefined;

/**
 * All documents with their headings, read once per build: pages all over the site ask, and reading
 * every document's outline for each of them grows with the square of the number of documents. The
 * dev server reads afresh each time, because documents change while it runs. Callers must not
 * change what they get.
 */
export function loadDocuments(): Promise<LoadedDocument[]> {
  if (import.meta.env.DEV) return readDocuments();
  cached ??= readDocuments();
  return cached;
}

/**
 * Every document with its outline. Generated structure (`<Heading>` tags) wins; study guides
 * written in Markdown use their `##` headings instead.
 */
async function readDocuments(): Promise<LoadedDocument[]> {
  const entries = await getCollection('documents');
  entries.sort(
    (a, b) =>
      CATEGORIES.indexOf(a.data.category) - CATEGORIES.indexOf(b.data.category) || a.data.order - b.data.order,
  );
  return Promise.all(
    entries.map(async (entry) => {
      const fromTags = headingsFromMdx(entry.body ?? '');
      const headings =
        fromTags.length > 0
          ? fromTags
          : (await render(entry)).headings
              .filter((h) => h.depth >= 2 && h.depth <= 3)
              .map((h) => ({ depth: h.depth, id: h.slug, text: h.text }));
      const units = readingUnits(headings);
      const { id, title, shortTitle, category, audience, requirement, summary, fullText } = entry.data;
      return {
        entry,
        headings,
        summary: {
          id, title, shortTitle, category, audience, requirement, summary, fullText,
          units: units.map((u) => u.id),
          unitLabels: Object.fromEntries(units.map((u) => [u.id, u.text])),
        },
      };
    }),
  );
}
