/**
 * The checked year plans with document ids and anchors resolved against the documents'
 * headings, for the plan pages, the home page and the calendar files. Built once per build.
 */
import { loadDocuments } from './documents.ts';
import { studyPlans } from './study-plan.ts';
import { anchorLabel } from '../lib/quiz/quiz-bank.ts';
import { toClientPlan, type ClientPlan, type Describer } from '../lib/plan/client-plan.ts';
import type { StudyPlan } from '../schemas/study-plan.ts';

/** A plan as written and as the islands receive it. */
export interface PlanViews {
  plans: StudyPlan[];
  client: ClientPlan[];
  describe: Describer;
}

let cached: Promise<PlanViews> | undefined;

/** The plans, their client form and the describer used to word documents and places. */
export function planViews(): Promise<PlanViews> {
  cached ??= (async () => {
    const docs = new Map((await loadDocuments()).map((d) => [d.summary.id, d]));
    const describe: Describer = {
      title: (id) => docs.get(id)?.summary.shortTitle ?? id,
      place: (id, anchor) => anchorLabel(anchor, docs.get(id)?.headings ?? []),
    };
    const plans = studyPlans();
    return { plans, client: plans.map((p) => toClientPlan(p, describe)), describe };
  })();
  return cached;
}
