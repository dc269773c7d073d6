/**
 * Checks the year plans against their schema, the calendar, the documents and the seed plan's
 * yearly musts, so a wrong date, a dead document link, a misquoted plan or a year without the
 * secretary's 党课 fails the build instead of reaching members. Pure: the caller reads the files.
 */
import { QIYI_KINDS, studyPlanSchema, type StudyPlan } from '../../schemas/study-plan.ts';
import { anchorExists, type DocFacts } from '../quiz/bank-check.ts';
import { compactText } from '../quiz/section-text.ts';
import { isValidDay } from './calendar-date.ts';

/** The six 七一 activities in words, for messages. */
const QIYI_WORDS: Record<(typeof QIYI_KINDS)[number], string> = {
  'org-life': '组织生活会',
  lecture: '党课',
  oath: '重温入党誓词',
  visit: '走访扶贫联系户',
  volunteer: '志愿服务',
  civilization: '文明创建宣传',
};

/** One plan file as read from disk. */
export interface PlanInput {
  /** Path for messages, e.g. content/plan/2026.yaml. */
  path: string;
  /** Parsed YAML. */
  data: unknown;
}

/** One problem, naming the file and, where known, the item. */
export interface PlanError {
  path: string;
  itemId?: string;
  message: string;
}

/** What the checker knows besides the plan files. */
export interface PlanContext {
  /** Every document, keyed by id. */
  docs: ReadonlyMap<string, DocFacts>;
  /** Id of the seed plan, whose paragraphs `basis` names; `plan` by default. */
  planDocument?: string;
  /**
   * Documents every year must schedule. Every document in `content/documents/` carries a
   * 必学/必知/必会 requirement, so by default that is all of them.
   */
  mustLearn?: readonly string[];
  /** Documents with questions, for `quiz`; not checked when absent. */
  quizDocuments?: ReadonlySet<string>;
  /** Role ids from the site configuration, for `duties[].roles`; not checked when absent. */
  roleIds?: ReadonlySet<string>;
}

/** The checked plans, sorted by year, and every problem found. */
export interface PlanCheck {
  plans: StudyPlan[];
  errors: PlanError[];
  /** Gaps the build reports without failing, such as a document no task schedules yet. */
  warnings: PlanError[];
}

/** Formats an error as `file › id: message`. */
export function formatPlanError(error: PlanError): string {
  return `${error.path}${error.itemId ? ` › ${error.itemId}` : ''}: ${error.message}`;
}

/** The id of the innermost item along `path` in the raw data, to name it in a schema error. */
function itemAt(data: unknown, path: readonly PropertyKey[]): string | undefined {
  let node: unknown = data;
  let found: string | undefined;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const id = (node as { id?: unknown } | null)?.id;
    if (typeof node === 'object' && node !== null && typeof id === 'string') found = id;
  }
  return found;
}

/** Checks one parsed plan; `fail` records a problem for an item. */
function checkPlan(
  plan: StudyPlan,
  path: string,
  ctx: PlanContext,
  fail: (message: string, itemId?: string) => void,
  warn: (message: string, itemId?: string) => void,
): void {
  const planDocId = ctx.planDocument ?? 'plan';
  const planDoc = ctx.docs.get(planDocId);
  const year = plan.year;

  const fileYear = /(?:^|[\\/])(\d{4})\.ya?ml$/.exec(path)?.[1];
  if (fileYear && Number(fileYear) !== year) fail(`year ${year} 与文件名 ${fileYear} 不一致`);

  // Every quarter and every month exactly once.
  for (const [label, values, count] of [['季度', plan.quarters.map((q) => q.quarter), 4], ['月份', plan.months.map((m) => m.month), 12]] as const) {
    for (let n = 1; n <= count; n += 1) {
      const times = values.filter((v) => v === n).length;
      if (times !== 1) fail(times === 0 ? `缺少第 ${n} ${label === '季度' ? '季度' : '月'}` : `第 ${n} ${label === '季度' ? '季度' : '月'}出现了 ${times} 次`);
    }
  }

  const checkDay = (day: string, itemId: string, field: string): boolean => {
    if (!isValidDay(day)) {
      fail(`${field} ${day} 不是有效日期`, itemId);
      return false;
    }
    if (!day.startsWith(`${year}-`)) {
      fail(`${field} ${day} 不在 ${year} 年内`, itemId);
      return false;
    }
    return true;
  };
  const checkDoc = (docId: string, itemId: string | undefined, anchors: readonly string[] = []) => {
    const doc = ctx.docs.get(docId);
    if (!doc) {
      fail(`文件 “${docId}” 不存在`, itemId);
      return;
    }
    for (const anchor of anchors) if (!anchorExists(doc, anchor)) fail(`${docId}#${anchor} 不存在`, itemId);
  };
  const checkBasis = (item: { basis?: string; quote?: string }, itemId: string | undefined) => {
    if (item.quote !== undefined && item.basis === undefined) fail('有 quote 就要写明 basis（实施方案段落）', itemId);
    if (item.basis === undefined) return;
    const section = planDoc?.sections.get(item.basis);
    if (section === undefined) {
      fail(`basis ${item.basis} 不是实施方案的段落`, itemId);
      return;
    }
    if (item.quote !== undefined && !compactText(section).includes(compactText(item.quote))) {
      fail(`引文“${item.quote}”不在实施方案 ${item.basis} 中`, itemId);
    }
  };

  // Ids: unique in the file and starting with the year, since ticks are stored under them.
  const seen = new Set<string>();
  const ids = [
    ...plan.months.flatMap((m) => m.tasks.map((t) => t.id)),
    ...plan.seminars.map((s) => s.id),
    ...plan.meetings.map((m) => m.id),
    ...plan.events.map((e) => e.id),
    ...plan.qiyi.map((q) => q.id),
    ...plan.duties.map((d) => d.id),
  ];
  for (const id of ids) {
    if (seen.has(id)) fail('id 重复', id);
    seen.add(id);
    if (!id.startsWith(`${year}-`)) fail(`id 应以 ${year}- 开头`, id);
  }

  for (const goal of plan.goals) checkBasis(goal, undefined);
  for (const q of plan.quarters) for (const d of q.documents) checkDoc(d, `第 ${q.quarter} 季度`);

  for (const m of plan.months) {
    for (const t of m.tasks) {
      if (checkDay(t.due, t.id, '截止日期') && Number(t.due.slice(5, 7)) !== m.month) fail(`截止日期 ${t.due} 不在第 ${m.month} 月`, t.id);
      for (const r of t.read) checkDoc(r.document, t.id, r.anchors);
      if (t.quiz !== undefined) {
        checkDoc(t.quiz, t.id);
        if (ctx.quizDocuments && ctx.docs.has(t.quiz) && !ctx.quizDocuments.has(t.quiz)) fail(`“${t.quiz}” 没有题库，不能练习`, t.id);
      }
      checkBasis(t, t.id);
    }
  }
  for (const s of plan.seminars) {
    checkDay(s.date, s.id, '日期');
    for (const d of s.documents) checkDoc(d, s.id);
    checkBasis(s, s.id);
  }
  for (const m of plan.meetings) {
    checkDay(m.date, m.id, '日期');
    if (m.lecturer !== undefined && m.kind !== 'lecture') fail('只有党课（lecture）才写 lecturer', m.id);
    checkBasis(m, m.id);
  }
  for (const e of plan.events) {
    checkDay(e.date, e.id, '日期');
    checkBasis(e, e.id);
  }
  const held = new Map<string, string>([...plan.meetings, ...plan.events].map((x) => [x.id, x.date]));
  for (const q of plan.qiyi) {
    if (checkDay(q.date, q.id, '日期') && q.date >= `${year}-07-01`) fail(`七一活动应在 ${year}-07-01 之前，这里是 ${q.date}`, q.id);
    if (q.meeting !== undefined) {
      const date = held.get(q.meeting);
      if (date === undefined) fail(`meeting “${q.meeting}” 不是本年度的三会一课或活动`, q.id);
      else if (date !== q.date) fail(`日期 ${q.date} 与 ${q.meeting} 的日期 ${date} 不同`, q.id);
    }
    checkBasis(q, q.id);
  }
  for (const d of plan.duties) {
    for (const role of d.roles ?? []) if (ctx.roleIds && !ctx.roleIds.has(role)) fail(`角色 “${role}” 不在 site.config.ts 中`, d.id);
    checkBasis(d, d.id);
  }

  // The seed plan's yearly musts.
  const tasks = plan.months.flatMap((m) => m.tasks);
  for (const docId of ctx.mustLearn ?? [...ctx.docs.keys()]) {
    const doc = ctx.docs.get(docId);
    if (!doc) continue;
    const reading = tasks.filter((t) => t.read.some((r) => r.document === docId));
    // A warning, not an error: a branch that imports a new document must still be able to build
    // and read it before it finds a place for it in the year's plan.
    if (reading.length === 0) warn(`必学文件 “${docId}” 全年没有安排学习任务`);
    else if (doc.audience === 'all' && !reading.some((t) => t.audience === 'all')) fail(`必学文件 “${docId}” 只安排给了领导干部，全体党员也要学`);
  }
  if (!plan.meetings.some((m) => m.kind === 'lecture' && m.lecturer === 'secretary')) {
    fail('全年没有支部书记讲的党课（实施方案：党支部书记每年至少为党员讲一次党课）');
  }
  const qiyiBefore = new Set(plan.qiyi.filter((q) => isValidDay(q.date) && q.date < `${year}-07-01`).map((q) => q.kind));
  const missing = QIYI_KINDS.filter((k) => !qiyiBefore.has(k));
  if (missing.length > 0) fail(`七一前的六项活动缺少：${missing.map((k) => `${QIYI_WORDS[k]}（${k}）`).join('、')}`);
  if (!plan.events.some((e) => e.kind === 'org-life')) fail('全年没有组织生活会');
  if (!plan.events.some((e) => e.kind === 'democratic-life')) fail('全年没有民主生活会');
  if (!plan.events.some((e) => e.kind === 'appraisal')) fail('全年没有民主评议党员');
}

/** Checks every plan file; plans come back with defaults applied, sorted by year. */
export function checkPlans(files: readonly PlanInput[], ctx: PlanContext): PlanCheck {
  const plans: StudyPlan[] = [];
  const errors: PlanError[] = [];
  const warnings: PlanError[] = [];
  const years = new Map<number, string>();
  const ids = new Map<string, string>();
  for (const file of files) {
    const parsed = studyPlanSchema.safeParse(file.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({ path: file.path, itemId: itemAt(file.data, issue.path), message: `${issue.path.join('.') || '文件'}：${issue.message}` });
      }
      continue;
    }
    const plan = parsed.data;
    const before = errors.length;
    const fail = (message: string, itemId?: string) => errors.push({ path: file.path, itemId, message });
    const other = years.get(plan.year);
    if (other) fail(`${plan.year} 年已在 ${other} 中`);
    years.set(plan.year, file.path);
    checkPlan(plan, file.path, ctx, fail, (message, itemId) => warnings.push({ path: file.path, itemId, message }));
    for (const id of [...plan.months.flatMap((m) => m.tasks.map((t) => t.id)), ...plan.qiyi.map((q) => q.id), ...plan.duties.map((d) => d.id)]) {
      const first = ids.get(id);
      if (first && first !== file.path) fail(`id 与 ${first} 重复`, id);
      ids.set(id, file.path);
    }
    if (errors.length === before) plans.push(plan);
  }
  return { plans: plans.sort((a, b) => a.year - b.year), errors, warnings };
}
