import { z } from 'astro/zod';
import { categorySchema } from './document.ts';

/** Frontmatter of every file under `content/categories/`: an introduction page for one category. */
export const categoryPageSchema = z.object({
  /** URL segment: `/categories/<slug>/`. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The category the page introduces; its documents are listed under the introduction. */
  category: categorySchema,
  /** Page title, e.g. 学习党的历史. */
  title: z.string().min(2),
  /** One or two sentences for the study list. */
  summary: z.string().min(10),
  /** Position among category pages. */
  order: z.number().int().nonnegative(),
});
export type CategoryPageMeta = z.infer<typeof categoryPageSchema>;
