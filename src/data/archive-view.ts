/**
 * What the 学习档案 pages hand their islands at build time: the documents (titles, audience, heading
 * anchors), the roles and every monthly task of the 学习计划. Member data is added in the browser.
 */
import site from '../../site.config.ts';
import { loadDocuments } from './documents.ts';
import { planViews } from './plan-view.ts';
import type { ArchiveProps } from '../islands/dashboard/types.ts';

/** The build-time props of the 学习档案 islands. */
export async function archiveProps(): Promise<ArchiveProps> {
  const docs = (await loadDocuments()).map(({ summary, headings }) => ({
    id: summary.id,
    title: summary.title,
    shortTitle: summary.shortTitle,
    audience: summary.audience,
    anchors: headings.map((h) => h.id),
  }));
  const tasks = (await planViews()).client.flatMap((plan) =>
    plan.tasks.map((task) => ({ id: task.id, year: plan.year, month: task.month, audience: task.audience })),
  );
  return { roles: site.roles, docs, tasks, unitName: site.unitName };
}
