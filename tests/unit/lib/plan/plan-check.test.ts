import { describe, expect, it } from 'vitest';
import { checkPlans, formatPlanError, type PlanContext } from '../../../../src/lib/plan/plan-check.ts';
import type { StudyPlanInput } from '../../../../src/schemas/study-plan.ts';
import { docs, validPlan } from './fixture-plan.ts';

const ctx: PlanContext = { docs, quizDocuments: new Set(['plan', 'zhangcheng']), roleIds: new Set(['member', 'leader', 'secretary']) };

/** The messages for one plan file, after `change` edits a valid plan. */
function errorsOf(change: (plan: StudyPlanInput) => void, path = 'content/plan/2026.yaml'): string[] {
  const plan = validPlan();
  change(plan);
  return checkPlans([{ path, data: plan }], ctx).errors.map(formatPlanError);
}

const taskOf = (plan: StudyPlanInput, month: number, index = 0) => plan.months[month - 1]!.tasks![index]!;

describe('checkPlans passes a good plan', () => {
  it('returns it with defaults applied', () => {
    const { plans, errors } = checkPlans([{ path: 'content/plan/2026.yaml', data: validPlan() }], ctx);
    expect(errors).toEqual([]);
    expect(plans).toHaveLength(1);
    expect(plans[0]!.months[0]!.tasks[1]!.audience).toBe('all');
    expect(plans[0]!.meetings[0]!.audience).toBe('all');
  });
});

describe('checkPlans fails, naming file and item', () => {
  it('on schema errors (a bad date format, a missing field, an unknown field)', () => {
    const errors = errorsOf((p) => {
      taskOf(p, 1).due = '2026/01/31';
      delete (p.meetings[0] as Partial<(typeof p.meetings)[number]>).title;
      (p as Record<string, unknown>).extra = 1;
    });
    expect(errors).toContain('content/plan/2026.yaml › 2026-01-plan: months.0.tasks.0.due：日期格式应为 YYYY-MM-DD');
    expect(errors.some((e) => e.startsWith('content/plan/2026.yaml › 2026-congress-q1: meetings.0.title'))).toBe(true);
    expect(errors.some((e) => e.includes('extra'))).toBe(true);
  });

  it('on schema errors in times, kinds and the number of months', () => {
    expect(errorsOf((p) => (p.meetings[0]!.time = '25:00'))).toEqual(['content/plan/2026.yaml › 2026-congress-q1: meetings.0.time：时间格式应为 HH:MM（北京时间）']);
    expect(errorsOf((p) => ((p.meetings[0] as { kind: string }).kind = 'party'))[0]).toMatch(/^content\/plan\/2026\.yaml › 2026-congress-q1: meetings\.0\.kind：/);
    expect(errorsOf((p) => p.months.pop())).toEqual(['content/plan/2026.yaml: months：应有 12 个月']);
    expect(errorsOf((p) => (p.seminars = []))).toEqual(['content/plan/2026.yaml: seminars：每年至少列出一个研讨专题']);
  });

  it('on an invalid date', () => {
    expect(errorsOf((p) => (taskOf(p, 2).due = '2026-02-30'))).toEqual(['content/plan/2026.yaml › 2026-02-tiaoli: 截止日期 2026-02-30 不是有效日期']);
    expect(errorsOf((p) => (p.meetings[2]!.date = '2026-04-31'))).toEqual(['content/plan/2026.yaml › 2026-committee-01: 日期 2026-04-31 不是有效日期']);
  });

  it('on a date outside the plan’s year', () => {
    expect(errorsOf((p) => (p.seminars[0]!.date = '2027-03-18'))).toEqual(['content/plan/2026.yaml › 2026-seminar-1: 日期 2027-03-18 不在 2026 年内']);
  });

  it('on a task due outside its month', () => {
    expect(errorsOf((p) => (taskOf(p, 1).due = '2026-02-05'))).toEqual(['content/plan/2026.yaml › 2026-01-plan: 截止日期 2026-02-05 不在第 1 月']);
  });

  it('on a year that does not match the file name', () => {
    expect(errorsOf(() => undefined, 'content/plan/2027.yaml')).toContain('content/plan/2027.yaml: year 2026 与文件名 2027 不一致');
  });

  it('on an unknown document id', () => {
    expect(errorsOf((p) => taskOf(p, 1).read!.push({ document: 'no-such-doc' }))).toEqual(['content/plan/2026.yaml › 2026-01-plan: 文件 “no-such-doc” 不存在']);
    expect(errorsOf((p) => (taskOf(p, 1).quiz = 'nope'))).toEqual(['content/plan/2026.yaml › 2026-01-plan: 文件 “nope” 不存在']);
  });

  it('on a quiz for a document without questions', () => {
    expect(errorsOf((p) => (taskOf(p, 2).quiz = 'tiaoli'))).toEqual(['content/plan/2026.yaml › 2026-02-tiaoli: “tiaoli” 没有题库，不能练习']);
  });

  it('on an unknown anchor on a full-text document', () => {
    expect(errorsOf((p) => (taskOf(p, 1).read![0]!.anchors = ['p-99']))).toEqual(['content/plan/2026.yaml › 2026-01-plan: plan#p-99 不存在']);
  });

  it('on an anchor a guide page does not have: its articles are not on it, only its headings and 学习要点', () => {
    expect(errorsOf((p) => (taskOf(p, 1, 1).read![0]!.anchors = ['art-3']))).toEqual(['content/plan/2026.yaml › 2026-01-zhangcheng: zhangcheng#art-3 不存在']);
    expect(errorsOf((p) => (taskOf(p, 1, 1).read![0]!.anchors = ['pt-4']))).toEqual(['content/plan/2026.yaml › 2026-01-zhangcheng: zhangcheng#pt-4 不存在']);
    expect(errorsOf((p) => (taskOf(p, 1, 1).read![0]!.anchors = ['学习要点', 'pt-3']))).toEqual([]);
  });

  it('on a duplicate task id, and an id without the year', () => {
    expect(errorsOf((p) => (taskOf(p, 1, 1).id = '2026-01-plan'))).toEqual(['content/plan/2026.yaml › 2026-01-plan: id 重复']);
    expect(errorsOf((p) => (p.meetings[2]!.id = 'committee-01'))).toEqual(['content/plan/2026.yaml › committee-01: id 应以 2026- 开头']);
  });

  it('on two files for the same year', () => {
    const result = checkPlans(
      [
        { path: 'content/plan/2026.yaml', data: validPlan() },
        { path: 'content/plan/2026-copy.yaml', data: validPlan() },
      ],
      ctx,
    );
    expect(result.errors.map(formatPlanError)).toContain('content/plan/2026-copy.yaml: 2026 年已在 content/plan/2026.yaml 中');
  });

  it('on a must-learn document never scheduled (a warning: a newly imported document must still build)', () => {
    const plan = validPlan();
    plan.months[1]!.tasks = [];
    const result = checkPlans([{ path: 'content/plan/2026.yaml', data: plan }], ctx);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatPlanError)).toEqual(['content/plan/2026.yaml: 必学文件 “tiaoli” 全年没有安排学习任务']);
  });

  it('on a document for everyone scheduled only for leaders', () => {
    expect(errorsOf((p) => (taskOf(p, 1, 1).audience = 'leaders'))).toEqual(['content/plan/2026.yaml: 必学文件 “zhangcheng” 只安排给了领导干部，全体党员也要学']);
  });

  it('on no 党课 by the secretary', () => {
    expect(errorsOf((p) => (p.meetings[1]!.lecturer = 'leader'))).toEqual([
      'content/plan/2026.yaml: 全年没有支部书记讲的党课（实施方案：党支部书记每年至少为党员讲一次党课）',
    ]);
  });

  it('on a lecturer for something that is not a 党课', () => {
    expect(errorsOf((p) => (p.meetings[0]!.lecturer = 'secretary'))).toEqual(['content/plan/2026.yaml › 2026-congress-q1: 只有党课（lecture）才写 lecturer']);
  });

  it('on no 七一 activities before July 1', () => {
    expect(errorsOf((p) => (p.qiyi = []))).toEqual([
      'content/plan/2026.yaml: 七一前的六项活动缺少：组织生活会（org-life）、党课（lecture）、重温入党誓词（oath）、走访扶贫联系户（visit）、志愿服务（volunteer）、文明创建宣传（civilization）',
    ]);
    expect(errorsOf((p) => (p.qiyi![5]!.date = '2026-07-01'))).toEqual([
      'content/plan/2026.yaml › 2026-qiyi-civilization: 七一活动应在 2026-07-01 之前，这里是 2026-07-01',
      'content/plan/2026.yaml: 七一前的六项活动缺少：文明创建宣传（civilization）',
    ]);
  });

  it('on a 七一 activity held at a meeting that does not exist or is on another day', () => {
    expect(errorsOf((p) => (p.qiyi![0]!.meeting = '2026-nothing'))).toEqual(['content/plan/2026.yaml › 2026-qiyi-org-life: meeting “2026-nothing” 不是本年度的三会一课或活动']);
    expect(errorsOf((p) => (p.qiyi![1]!.date = '2026-06-28'))).toEqual(['content/plan/2026.yaml › 2026-qiyi-lecture: 日期 2026-06-28 与 2026-lecture-q2 的日期 2026-06-29 不同']);
  });

  it('on no 组织生活会 or 民主生活会', () => {
    expect(errorsOf((p) => (p.events = p.events!.filter((e) => e.kind !== 'democratic-life')))).toEqual(['content/plan/2026.yaml: 全年没有民主生活会']);
    expect(
      errorsOf((p) => {
        p.events = p.events!.filter((e) => e.kind !== 'org-life');
        p.qiyi![0]!.meeting = undefined;
      }),
    ).toEqual(['content/plan/2026.yaml: 全年没有组织生活会']);
  });

  it('on no 民主评议党员', () => {
    expect(errorsOf((p) => (p.events = p.events!.filter((e) => e.kind !== 'appraisal')))).toEqual(['content/plan/2026.yaml: 全年没有民主评议党员']);
  });

  it('on a plan quote that is not in the cited paragraph', () => {
    expect(errorsOf((p) => (p.duties![0]!.quote = '党支部书记每年至少讲两次党课'))).toEqual([
      'content/plan/2026.yaml › 2026-duty-lecture: 引文“党支部书记每年至少讲两次党课”不在实施方案 p-23 中',
    ]);
    // White space does not matter, as with the question bank.
    expect(errorsOf((p) => (p.duties![0]!.quote = '党支部书记 每年至少为党员讲一次党课'))).toEqual([]);
  });

  it('on a basis that is not a paragraph of the plan, or a quote without basis', () => {
    expect(errorsOf((p) => (p.meetings[0]!.basis = 'p-99'))).toEqual(['content/plan/2026.yaml › 2026-congress-q1: basis p-99 不是实施方案的段落']);
    expect(errorsOf((p) => (p.meetings[0]!.basis = undefined))).toEqual(['content/plan/2026.yaml › 2026-congress-q1: 有 quote 就要写明 basis（实施方案段落）']);
  });

  it('on an unknown role in a duty', () => {
    expect(errorsOf((p) => (p.duties![1]!.roles = ['chairman']))).toEqual(['content/plan/2026.yaml › 2026-duty-dual: 角色 “chairman” 不在 site.config.ts 中']);
  });

  it('on a missing or repeated month', () => {
    expect(errorsOf((p) => (p.months[11]!.month = 11))).toEqual(['content/plan/2026.yaml: 第 11 月出现了 2 次', 'content/plan/2026.yaml: 缺少第 12 月']);
  });
});
