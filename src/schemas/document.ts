import { z } from 'astro/zod';

import { CATEGORIES, REQUIREMENTS } from './vocabulary.ts';

export { CATEGORIES, REQUIREMENTS, type Category, type Requirement } from './vocabulary.ts';
/** One of {@link CATEGORIES}. */
export const categorySchema = z.enum(CATEGORIES);
/** One of {@link REQUIREMENTS}. */
export const requirementSchema = z.enum(REQUIREMENTS);

/**
 * A calendar date as precise as the verified fact allows: `2016`, `2015-12` or `2016-10-27`.
 * A partial date is never padded with a guessed month or day.
 */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, '日期格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD');

/** Where the official text is published. */
export const officialSourceSchema = z.object({
  /** Publisher and release, e.g. 新华社 2022-10-26 电. */
  name: z.string().min(1),
  /** Address of the official page; left out when no official page was verified. */
  url: z.url().optional(),
});

/** Frontmatter of every file under `content/documents/`. */
export const documentSchema = z.object({
  /** Stable id, also the URL segment `/documents/<id>/`; lowercase pinyin words joined by hyphens. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id 只能用小写字母、数字和连字符'),
  /** Full official title without book-title marks, e.g. 中国共产党章程. */
  title: z.string().min(2),
  /** Short name used in lists and quick jump, e.g. 党章. */
  shortTitle: z.string().min(1),
  /** Other names members type to find it, e.g. 纪律处分条例, 处分条例. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Which kind of material this is. */
  category: categorySchema,
  /** `all` = every member must study it; `leaders` = leading cadres (and branch secretaries) only. */
  audience: z.enum(['all', 'leaders']),
  /** 必学, 必知 or 必会: how the branch asks members to study it. */
  requirement: requirementSchema,
  /** One or two sentences for the catalogue, in our own words. */
  summary: z.string().min(10),
  /** The issuing body, e.g. 中共中央; left out where unverified. */
  issuer: z.string().min(2).optional(),
  /** Date adopted (通过/审议) where verified. */
  adopted: partialDateSchema.optional(),
  /** Date issued or published (印发/发布) where verified. */
  issued: partialDateSchema.optional(),
  /** Date it took effect (施行) where verified. */
  effective: partialDateSchema.optional(),
  /** The revision in force, e.g. 2022 年党的二十大部分修改本. */
  revision: z.string().min(2).optional(),
  /** Where the official text is published. */
  source: officialSourceSchema.optional(),
  /**
   * The version of the text this page presents, by year (e.g. `2019` for the 2019 revision).
   * Questions name the version they rest on; an imported 原文 states its own with `--version`.
   */
  version: z.string().regex(/^\d{4}$/, 'version 应为年份，如 2019').optional(),
  /** True when this file carries the full 原文 (imported or the unit's own document); false for a study guide. */
  fullText: z.boolean(),
  /** Position within its category; lower comes first. */
  order: z.number().int().nonnegative(),
});
/** Parsed frontmatter of a document. */
export type DocumentMeta = z.infer<typeof documentSchema>;
/** Frontmatter as written in the file, before defaults are applied. */
export type DocumentMetaInput = z.input<typeof documentSchema>;
