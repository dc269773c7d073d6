import { z } from 'astro/zod';

/** Which set of must-learn documents a role follows: everyone's, or everyone's plus the leading cadres'. */
export const trackSchema = z.enum(['all', 'leaders']);
export type Track = z.infer<typeof trackSchema>;

/** A role a member can choose on first visit. */
export const roleSchema = z.object({
  /** Stable id stored in the member's browser; never rename an id once members have chosen it. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, '角色 id 只能用小写字母、数字和连字符'),
  /** Name shown to members, e.g. 普通党员. */
  name: z.string().min(1),
  /** Which documents the role must study: `all` = 全体党员, `leaders` = 全体党员 + 领导干部. */
  track: trackSchema,
  /** One line under the role in the chooser. */
  description: z.string().min(1),
});
export type Role = z.infer<typeof roleSchema>;

/** The shape of `site.config.ts`. */
export const siteConfigSchema = z.object({
  /** The unit (单位) whose plan the site implements. */
  unitName: z.string().min(1),
  /** The party branch that runs the site. */
  branchName: z.string().min(1),
  /** Site title shown in the header and in every page title. */
  siteTitle: z.string().min(1),
  /** The year of the plan in force. */
  planYear: z.number().int().min(2016).max(2100),
  /** Roles to choose from; the first is the default suggestion. Ids must be unique. */
  roles: z
    .array(roleSchema)
    .min(1)
    .refine((roles) => new Set(roles.map((r) => r.id)).size === roles.length, '角色 id 不能重复'),
  /** Who receives members' 纠错 reports on questions; without an e-mail the report is only copied. */
  contact: z.object({
    /** Name or post, e.g. 党支部组织委员. */
    name: z.string().min(1),
    /** E-mail address for mailto: links; leave out to offer copying only. */
    email: z.email().optional(),
  }),
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;
