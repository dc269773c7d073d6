// Plain constants, kept apart from the zod schema so islands can use them without bundling zod.

/** The four kinds of 三会一课: 支部党员大会, 支部委员会, 党小组会, 党课. */
export const MEETING_KINDS = ['congress', 'committee', 'group', 'lecture'] as const;
/** Who gives a 党课: the branch secretary, another leading cadre, a member, or an invited speaker. */
export const LECTURERS = ['secretary', 'leader', 'member', 'guest'] as const;
/** Yearly events: 组织生活会, 民主生活会, 民主评议党员, 专门研究部署, 领导班子集体学习. */
export const EVENT_KINDS = ['org-life', 'democratic-life', 'appraisal', 'deployment', 'collective-study'] as const;
/**
 * The six activities the plan asks for before 七一, in the plan's order: 组织生活会, 党课,
 * 重温入党誓词, 走访扶贫联系户, 志愿服务, 文明创建宣传.
 */
export const QIYI_KINDS = ['org-life', 'lecture', 'oath', 'visit', 'volunteer', 'civilization'] as const;
/** Who an item is for: every member, or leading cadres only. */
export const AUDIENCES = ['all', 'leaders'] as const;

/** One of {@link MEETING_KINDS}. */
export type MeetingKind = (typeof MEETING_KINDS)[number];
/** One of {@link LECTURERS}. */
export type Lecturer = (typeof LECTURERS)[number];
/** One of {@link EVENT_KINDS}. */
export type EventKind = (typeof EVENT_KINDS)[number];
/** One of {@link QIYI_KINDS}. */
export type QiyiKind = (typeof QIYI_KINDS)[number];
/** One of {@link AUDIENCES}. */
export type Audience = (typeof AUDIENCES)[number];
