import { z } from 'zod';

const id = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'id 只能用小写字母、数字和连字符，以字母开头');
/** Words copied from the plan; the build checks them against the cited paragraph. */
const quote = z.string().trim().min(1);

/** One thing to check, in the plan's own words. */
export const chabaiQuestionSchema = z.strictObject({
  /** Stable id, `<checklist id>-<n>`; members' notes are stored under it, so never reuse or rename it. */
  id,
  /** What to check, copied exactly from the plan (e.g. 理想信念是否坚定). */
  check: quote,
});
export type ChabaiQuestion = z.infer<typeof chabaiQuestionSchema>;

/** The questions the plan sets one kind of body or person (领导班子, 党支部, 党员). */
export const chabaiChecklistSchema = z.strictObject({
  /** Stable id, e.g. `dangyuan`; the prefix of its questions' ids and the key of members' notes. */
  id,
  /** Who checks themselves, as the plan names them, e.g. 领导班子. */
  title: z.string().trim().min(1),
  /** Role ids from `site.config.ts` that see this checklist first; every checklist stays open to everyone. */
  roles: z.array(id).default([]),
  /** How to go about it, copied exactly from the plan, where the plan says (it does for 党员). */
  method: quote.optional(),
  /** The things to check, in the plan's order. */
  questions: z.array(chabaiQuestionSchema).min(1),
  /**
   * The problems the plan says to solve (着力解决 …), copied exactly. The plan names them for the
   * whole checklist, not per question, so they are not paired with questions here.
   */
  solve: quote.optional(),
});
export type ChabaiChecklist = z.infer<typeof chabaiChecklistSchema>;

/** `content/lists/chabai.yaml`: the guided 查摆 checklists by role. */
export const chabaiFileSchema = z.strictObject({
  /** The paragraph every quote comes from. */
  source: z.strictObject({
    /** Document id under `content/documents/`; its text must be in the repository. */
    document: id,
    /** Heading id on that document's page, e.g. `p-14`. */
    anchor: id,
  }),
  /** One checklist per kind of body or person, in the plan's order. */
  checklists: z.array(chabaiChecklistSchema).min(1),
});
export type ChabaiFile = z.infer<typeof chabaiFileSchema>;
