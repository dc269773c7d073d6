import { z } from 'zod';
import { AUDIENCES, EVENT_KINDS, LECTURERS, MEETING_KINDS, QIYI_KINDS } from './plan-vocabulary.ts';

export { AUDIENCES, EVENT_KINDS, LECTURERS, MEETING_KINDS, QIYI_KINDS } from './plan-vocabulary.ts';
export type { Audience, EventKind, Lecturer, MeetingKind, QiyiKind } from './plan-vocabulary.ts';

/**
 * One year's 学习计划 of the branch, as written in `content/plan/<year>.yaml`. The schema checks
 * each item's shape; `src/lib/plan/plan-check.ts` checks what needs the whole file and the
 * documents (real dates inside the year, document ids and anchors, the plan's quotes, the yearly
 * musts such as the secretary's 党课).
 */

const text = z.string().trim().min(1);
/** A stable id: lowercase letters, digits and hyphens, starting with the plan's year (checked). */
const itemId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id 只能用小写字母、数字和连字符');
const docId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '文件 id 只能用小写字母、数字和连字符');
/** A calendar day `YYYY-MM-DD`; the checker rejects days that do not exist, like 2026-02-30. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
/** A time of day in Beijing time, `HH:MM`. */
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM（北京时间）');
/** A paragraph of the seed plan, `p-<n>`, that the item restates. */
const basis = z.string().regex(/^p-\d+$/, 'basis 应为实施方案的段落 p-<n>');
/** Who the item is for: every member, or leading cadres (党员领导干部, 支部书记) only. */
const audience = z.enum(AUDIENCES);

/** Fields shared by items that restate a requirement of the plan. */
const grounded = {
  /** The plan paragraph this item restates, e.g. `p-20`; the page links to it. */
  basis: basis.optional(),
  /** Words copied exactly from that paragraph, shown as the plan's words; checked by the build. */
  quote: text.optional(),
};

/** Something to read: a document, optionally narrowed to places on its page. */
export const readingSchema = z.strictObject({
  /** Document id under `content/documents/`. */
  document: docId,
  /** Heading ids on the document's page (`p-6`, `sec-3-1`, `art-10`, or a guide heading like `学习要点`). */
  anchors: z.array(z.string().regex(/^[\p{Script=Han}a-z0-9]+(-[\p{Script=Han}a-z0-9]+)*$/u, 'anchor 格式不对')).default([]),
});

/** A 学习任务 of one month: what a member reads (and practises) by the due day. */
export const taskSchema = z.strictObject({
  /** Stable id, `<year>-…`; ticks in members' browsers are keyed on it, so never reuse or rename one. */
  id: itemId,
  /** What to do, in our own words. */
  title: text,
  /** One or two sentences more, in our own words. */
  detail: text.optional(),
  /** Who the task is for. */
  audience: audience.default('all'),
  /** Last day to finish it (Beijing time), inside its month. */
  due: day,
  /** What to read. */
  read: z.array(readingSchema).default([]),
  /** Document id whose questions to practise afterwards at `/quiz/practice/<id>/`. */
  quiz: docId.optional(),
  ...grounded,
});

/** One month: the 党员活动日 theme and the month's tasks. */
export const monthSchema = z.strictObject({
  /** Month number 1–12. */
  month: z.number().int().min(1).max(12),
  /** Theme of the month's 党员活动日 (the 7th), in our own words. */
  activityTheme: text,
  /** What happens at that 党员活动日, e.g. 集中学习 and 志愿服务; in our own words. */
  activityDetail: text.optional(),
  /** The month's tasks. */
  tasks: z.array(taskSchema).default([]),
});

/** One quarter's 学习安排. */
export const quarterSchema = z.strictObject({
  /** Quarter number 1–4. */
  quarter: z.number().int().min(1).max(4),
  /** Short name of the quarter's focus. */
  title: text,
  /** The arrangement, in our own words. */
  focus: text,
  /** Documents the quarter concentrates on. */
  documents: z.array(docId).default([]),
});

/** A 专题研讨 topic of the year. */
export const seminarSchema = z.strictObject({
  /** Stable id, `<year>-…`. */
  id: itemId,
  /** The topic. */
  title: text,
  /** When it is discussed (Beijing day). */
  date: day,
  /** Start time, when fixed. */
  time: clock.optional(),
  /** Who takes part. */
  audience: audience.default('all'),
  /** Documents to prepare. */
  documents: z.array(docId).default([]),
  /** Questions to think about beforehand, in our own words. */
  prompts: z.array(text).default([]),
  ...grounded,
});

/** One item of the branch's own 三会一课 schedule. */
export const meetingSchema = z.strictObject({
  /** Stable id, `<year>-…`. */
  id: itemId,
  /** 支部党员大会 (congress), 支部委员会 (committee), 党小组会 (group) or 党课 (lecture). */
  kind: z.enum(MEETING_KINDS),
  /** Day (Beijing time). */
  date: day,
  /** Start time (Beijing time); without it the calendar shows an all-day item. */
  time: clock.optional(),
  /** Length in minutes, for the calendar; 90 when left out. */
  minutes: z.number().int().min(15).max(600).optional(),
  /** The meeting's subject. */
  title: text,
  /** Who attends when not the whole branch, e.g. 支部委员. */
  attendees: text.optional(),
  /** Who gives a 党课; only for `lecture`. */
  lecturer: z.enum(LECTURERS).optional(),
  /** Who it is on the calendar for. */
  audience: audience.default('all'),
  ...grounded,
});

/** A yearly event: 组织生活会, 民主生活会, 民主评议党员, 专门研究部署, 领导班子集体学习. */
export const branchEventSchema = z.strictObject({
  /** Stable id, `<year>-…`. */
  id: itemId,
  /** What kind of event it is. */
  kind: z.enum(EVENT_KINDS),
  /** Day (Beijing time). */
  date: day,
  /** Start time (Beijing time), when fixed. */
  time: clock.optional(),
  /** Length in minutes, for the calendar; 90 when left out. */
  minutes: z.number().int().min(15).max(600).optional(),
  /** Its subject, in our own words. */
  title: text,
  /** Who attends when not obvious from the kind. */
  attendees: text.optional(),
  /** Who it is on the calendar for. */
  audience: audience.default('all'),
  ...grounded,
});

/** One of the six 七一 activities, dated before July 1. */
export const qiyiSchema = z.strictObject({
  /** Stable id, `<year>-…`; the 七一 checklist ticks are keyed on it. */
  id: itemId,
  /** Which of the six it is. */
  kind: z.enum(QIYI_KINDS),
  /** What the branch does, in our own words. */
  title: text,
  /** Day (Beijing time), before July 1 of the plan's year. */
  date: day,
  /** Id of the 三会一课 item or event it takes place at (same day), so the calendar lists it once. */
  meeting: itemId.optional(),
  ...grounded,
});

/** A 三带头 duty of leading cadres, ticked once a year. */
export const dutySchema = z.strictObject({
  /** Stable id, `<year>-…`. */
  id: itemId,
  /** The duty, in our own words. */
  title: text,
  /** What doing it means in practice, in our own words. */
  detail: text.optional(),
  /** Role ids from `site.config.ts` it applies to; all roles on the `leaders` track when left out. */
  roles: z.array(z.string().min(1)).optional(),
  ...grounded,
});

/** A goal of the year. */
export const goalSchema = z.strictObject({
  /** The goal, in our own words. */
  text,
  ...grounded,
});

/** The whole file `content/plan/<year>.yaml`. */
export const studyPlanSchema = z.strictObject({
  /** The calendar year; must match the file name. */
  year: z.number().int().min(2016).max(2100),
  /** The year's 主题, chosen by the branch. */
  theme: text,
  /** One paragraph on how the year is organised, in our own words. */
  summary: text,
  /** What the year should achieve. */
  goals: z.array(goalSchema).min(1),
  /** The four quarterly arrangements. */
  quarters: z.array(quarterSchema).length(4, '应有 4 个季度安排'),
  /** The twelve months. */
  months: z.array(monthSchema).length(12, '应有 12 个月'),
  /** The year's 专题研讨 topics. */
  seminars: z.array(seminarSchema).min(1, '每年至少列出一个研讨专题'),
  /** The branch's own 三会一课 schedule. */
  meetings: z.array(meetingSchema).min(1),
  /** 组织生活会, 民主生活会, 民主评议党员 and the leaders' yearly events. */
  events: z.array(branchEventSchema).default([]),
  /** The six 七一 activities. */
  qiyi: z.array(qiyiSchema).default([]),
  /** The 三带头 duties leading cadres tick once a year. */
  duties: z.array(dutySchema).default([]),
});

/** A plan as the site uses it, defaults applied. */
export type StudyPlan = z.output<typeof studyPlanSchema>;
/** A plan as written in YAML. */
export type StudyPlanInput = z.input<typeof studyPlanSchema>;
/** A monthly task, defaults applied. */
export type PlanTask = z.output<typeof taskSchema>;
/** A 三会一课 item. */
export type PlanMeeting = z.output<typeof meetingSchema>;
/** A yearly branch or leadership event. */
export type PlanBranchEvent = z.output<typeof branchEventSchema>;
/** A 专题研讨 topic. */
export type PlanSeminar = z.output<typeof seminarSchema>;
/** One of the six 七一 activities. */
export type PlanQiyi = z.output<typeof qiyiSchema>;
/** A 三带头 duty. */
export type PlanDuty = z.output<typeof dutySchema>;
