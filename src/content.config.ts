import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/document.ts';
import { categoryPageSchema } from './schemas/category-page.ts';

/** Every study document: the unit's plan, imported 原文 and study guides. */
const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/documents', generateId: ({ data }) => String(data.id) }),
  schema: documentSchema,
});

/** Introductions for the category pages (党史, 先进典型, 警示教育, …). */
const categories = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/categories', generateId: ({ data }) => String(data.slug) }),
  schema: categoryPageSchema,
});

export const collections = { documents, categories };
