import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/document.ts';
import { categoryPageSchema } from './schemas/category-page.ts';

// The content folder; the end-to-end import journey builds a copy elsewhere with LXYZ_CONTENT_DIR.
const contentDir = process.env.LXYZ_CONTENT_DIR ?? './content';

/** Every study document: the unit's plan, imported 原文 and study guides. */
const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/documents`, generateId: ({ data }) => String(data.id) }),
  schema: documentSchema,
});

/** Introductions for the category pages (党史, 先进典型, 警示教育, …). */
const categories = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/categories`, generateId: ({ data }) => String(data.slug) }),
  schema: categoryPageSchema,
});

export const collections = { documents, categories };
