// Plain constants, kept apart from the zod schemas so browser code can use them without zod.

/** Categories of study material, in the order the study list shows them. */
export const CATEGORIES = ['本单位文件', '党章', '党内法规', '系列讲话', '党史', '先进典型', '警示教育'] as const;
/** One of {@link CATEGORIES}. */
export type Category = (typeof CATEGORIES)[number];

/** The plan's three levels of requirement, in display order. */
export const REQUIREMENTS = ['必学', '必知', '必会'] as const;
/** One of {@link REQUIREMENTS}. */
export type Requirement = (typeof REQUIREMENTS)[number];
