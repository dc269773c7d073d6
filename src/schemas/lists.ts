// Authored content, read at build time only: full zod for its clearer messages.
import { z } from 'zod';

const id = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'id 只能用小写字母、数字和连字符，以字母开头');
/** Words copied from the plan; the build checks them against the cited paragraph. */
const planWords = z.string().trim().min(1);

/** Longest 对照提示 (characters): a line a member reads on a phone, not an essay. */
export const GUIDANCE_MAX = 80;

/** A passage of the plan shown on a page, with the paragraph it comes from. */
export const planQuoteSchema = z.strictObject({
  /** Heading id of the paragraph on the plan's page, e.g. `p-9`; pages link to `/documents/plan/#<anchor>`. */
  anchor: id,
  /** The plan's words, exactly (white space aside). */
  text: planWords,
});
export type PlanQuote = z.infer<typeof planQuoteSchema>;

/** One item of the 正面清单 or 负面清单. */
export const selfcheckItemSchema = z.strictObject({
  /**
   * Stable id, `pos-<n>` or `neg-<n>`; members' self-check records are stored under it, so never
   * reuse or rename it.
   */
  id: z.string().regex(/^(pos|neg)-[1-9][0-9]*$/, 'id 应为 pos-<数字> 或 neg-<数字>'),
  /** The item as the plan words it. */
  text: planWords,
  /** A short prompt in our own words on what to ask oneself; not the plan's text. */
  guidance: z.string().trim().min(1).max(GUIDANCE_MAX).optional(),
});
export type SelfcheckItem = z.infer<typeof selfcheckItemSchema>;

/** The 正面清单 or the 负面清单. */
export const selfcheckListSchema = z.strictObject({
  /** The list's name as the plan writes it (正面清单 / 负面清单). */
  name: planWords,
  /** The paragraph that lists the items, e.g. `p-11`. */
  anchor: id,
  /** The items in the plan's order. */
  items: z.array(selfcheckItemSchema).min(1),
});
export type SelfcheckList = z.infer<typeof selfcheckListSchema>;

/** One of the 四个合格 with what the plan asks under it. */
export const heGeStandardSchema = z.strictObject({
  /** Stable id, e.g. `zhengzhi`. */
  id,
  /** The standard's name as the plan writes it, e.g. 政治合格. */
  name: planWords,
  /** The plan's sentence on it (在政治合格方面，重点是……). */
  text: planWords,
});
export type HeGeStandard = z.infer<typeof heGeStandardSchema>;

/** `content/lists/selfcheck.yaml`: the 做 standards and the 双十条 lists of the 党性体检. */
export const selfcheckFileSchema = z.strictObject({
  /** Document id every quote comes from; its text must be in the repository. */
  document: id,
  /** Passages of the plan the 做/改 pages quote, by use. */
  quotes: z.strictObject({
    /** 引导党员“做”: study and practise, the 四讲四有 and 四个合格 (landing and standards pages). */
    do: planQuoteSchema,
    /** Why the 双十条 lists exist (standards page). */
    lists: planQuoteSchema,
    /** The 全面体检 the branch asks members to do (党性体检 page). */
    checkup: planQuoteSchema,
    /** 深入推动“改” (landing page). */
    fix: planQuoteSchema,
    /** The 整改清单 (landing page). */
    rectify: planQuoteSchema,
  }),
  /** 四讲四有. */
  sijiangsiyou: z.strictObject({
    /** Where the plan names the standard. */
    named: planQuoteSchema,
    /**
     * The four pairs. Not the plan's words (the plan only names the standard): checked against
     * shared/reference/FACTS.md by a person, not by the build.
     */
    pairs: z.array(z.string().trim().min(1)).length(4),
  }),
  /** 四个合格. */
  sigehege: z.strictObject({
    /** Where the plan names the four standards. */
    named: planQuoteSchema,
    /** The paragraph that sets out each standard, e.g. `p-10`. */
    anchor: id,
    /** The four standards in the plan's order. */
    standards: z.array(heGeStandardSchema).length(4),
  }),
  /** 正面清单. */
  positive: selfcheckListSchema,
  /** 负面清单. */
  negative: selfcheckListSchema,
});
export type SelfcheckFile = z.infer<typeof selfcheckFileSchema>;
