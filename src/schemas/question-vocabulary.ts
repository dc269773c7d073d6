// Plain constants of the question bank, kept apart from the zod schema so quiz pages can use them without zod.

/** Question types, stored in YAML as these keys; the UI shows 单选 / 多选 / 判断 / 填空. */
export const QUESTION_TYPES = ['single', 'multiple', 'judge', 'fill'] as const;
/** One of {@link QUESTION_TYPES}. */
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Option letters in order; a question has two to six options. */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** A blank in a 填空 stem is written as four or more underscores. */
export const BLANK_PATTERN = /_{4,}/g;
