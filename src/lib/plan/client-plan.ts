/**
 * The plan as the islands receive it: only what they show, with documents and anchors already
 * turned into links and words at build time, so no document data ships to the browser. Pure.
 */
import type { StudyPlan } from '../../schemas/study-plan.ts';
import type { Audience, QiyiKind } from '../../schemas/plan-vocabulary.ts';
import { planEvents, type PlanEvent } from './events.ts';
import { compareOrdinal } from '../ordinal.ts';

/** A link with its words. */
export interface PlanLink {
  /** Site path, e.g. /documents/plan/#p-6. */
  href: string;
  /** What the link says, e.g. 实施方案 第6段. */
  label: string;
}

/** A monthly task as shown. */
export interface ClientTask {
  /** Task id; ticks are stored under it. */
  id: string;
  /** What to do. */
  title: string;
  /** More words on it. */
  detail?: string;
  /** Due day (Beijing). */
  due: string;
  /** Month (1–12) the task belongs to. */
  month: number;
  /** Who the task is for. */
  audience: Audience;
  /** What to read, as links to the document pages. */
  read: PlanLink[];
  /** Where to practise afterwards. */
  quiz?: PlanLink;
  /** The plan paragraph it restates. */
  basis?: PlanLink;
  /** The plan's words, shown as a quotation. */
  quote?: string;
}

/** One of the 七一 activities as shown. */
export interface ClientQiyi {
  /** Item id; ticks are stored under it per year. */
  id: string;
  /** Which of the six it is. */
  kind: QiyiKind;
  /** What the branch does. */
  title: string;
  /** Beijing day, before July 1. */
  date: string;
  /** The plan's words for it. */
  quote?: string;
}

/** A 三带头 duty as shown. */
export interface ClientDuty {
  /** Duty id; ticks are stored under it per year. */
  id: string;
  /** The duty. */
  title: string;
  /** What doing it means. */
  detail?: string;
  /** Role ids it applies to; every `leaders`-track role when absent. */
  roles?: string[];
  /** The plan paragraph it restates. */
  basis?: PlanLink;
  /** The plan's words. */
  quote?: string;
}

/** A year's plan for the islands. */
export interface ClientPlan {
  /** Calendar year. */
  year: number;
  /** The year's 主题. */
  theme: string;
  /** Every task of the year, both audiences, in month order. */
  tasks: ClientTask[];
  /** Every other dated item (三会一课, 党员活动日, 研讨, yearly events, 七一 not held at a meeting). */
  events: PlanEvent[];
  /** The six 七一 activities, by date. */
  qiyi: ClientQiyi[];
  /** The 三带头 duties of leading cadres. */
  duties: ClientDuty[];
}

/** Turns document ids and anchors into words; the build supplies it from the documents. */
export interface Describer {
  /** Short title of a document, e.g. 党章. */
  title(documentId: string): string;
  /** Words for a place on a document's page, e.g. 第6段 or 学习要点. */
  place(documentId: string, anchor: string): string;
}

/** Link to a place on a document page. */
export function documentHref(documentId: string, anchor?: string): string {
  return `/documents/${documentId}/${anchor ? `#${anchor}` : ''}`;
}

/** The plan for the islands, with every document and anchor resolved to a link. */
export function toClientPlan(plan: StudyPlan, describe: Describer, planDocument = 'plan'): ClientPlan {
  const basisLink = (basis?: string): PlanLink | undefined =>
    basis ? { href: documentHref(planDocument, basis), label: `${describe.title(planDocument)} ${describe.place(planDocument, basis)}` } : undefined;
  const tasks: ClientTask[] = plan.months.flatMap((m) =>
    m.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      detail: t.detail,
      due: t.due,
      month: m.month,
      audience: t.audience,
      read: t.read.flatMap((r) =>
        r.anchors.length === 0
          ? [{ href: documentHref(r.document), label: describe.title(r.document) }]
          : r.anchors.map((a) => ({ href: documentHref(r.document, a), label: `${describe.title(r.document)} ${describe.place(r.document, a)}` })),
      ),
      quiz: t.quiz ? { href: `/quiz/practice/${t.quiz}/`, label: describe.title(t.quiz) } : undefined,
      basis: basisLink(t.basis),
      quote: t.quote,
    })),
  );
  return {
    year: plan.year,
    theme: plan.theme,
    tasks,
    events: planEvents(plan).filter((e) => e.kind !== 'task'),
    qiyi: plan.qiyi
      .map((q) => ({ id: q.id, kind: q.kind, title: q.title, date: q.date, quote: q.quote }))
      .sort((a, b) => compareOrdinal(a.date, b.date)),
    duties: plan.duties.map((d) => ({ id: d.id, title: d.title, detail: d.detail, roles: d.roles, basis: basisLink(d.basis), quote: d.quote })),
  };
}

/** A lighter copy for the home page, which shows titles and dates only. */
export function toHomePlan(plan: ClientPlan): ClientPlan {
  return {
    ...plan,
    tasks: plan.tasks.map(({ id, title, due, month, audience }) => ({ id, title, due, month, audience, read: [] })),
    events: plan.events
      .filter((e) => e.kind === 'meeting' || e.kind === 'activity-day')
      .map(({ id, kind, sub, date, time, title, audience }) => ({ id, kind, sub, date, time, title, audience })),
    qiyi: [],
  };
}
