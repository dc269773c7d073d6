// A small but complete year plan that passes every check, for the plan unit tests to change.
import type { StudyPlanInput } from '../../../../src/schemas/study-plan.ts';
import type { DocFacts } from '../../../../src/lib/quiz/bank-check.ts';

/** The seed plan: text in the repository, so anchors and quotes are checked exactly. */
export const planDoc: DocFacts = {
  id: 'plan',
  audience: 'all',
  fullText: true,
  sections: new Map([
    ['sec-4', '开展好党支部活动。确定每月7日为“党员活动日”。'],
    ['p-19', '党支部要制定年度“三会一课”计划并报上级党组织备案。'],
    ['p-20', '确定每月7日为“党员活动日”，组织党员集中学习、听党课。“七一”前，支部要认真组织开展召开一次组织生活会、集中上一次党课、重温一次入党誓词。'],
    ['p-23', '持续开展“学经典、上讲台、讲党课”活动，党支部书记每年至少为党员讲一次党课。'],
  ]),
};
/** A study guide for everyone (官方原文 not in the repository), 10 条 verified. */
export const zhangcheng: DocFacts = { id: 'zhangcheng', audience: 'all', fullText: false, version: '2022', sections: new Map([['学习要点', '要点'], ['pt-3', '第三条的要点']]) };
/** A study guide for leading cadres. */
export const tiaoli: DocFacts = { id: 'tiaoli', audience: 'leaders', fullText: false, sections: new Map() };
export const docs = new Map([planDoc, zhangcheng, tiaoli].map((d) => [d.id, d]));

const months = Array.from({ length: 12 }, (_, i) => ({
  month: i + 1,
  activityTheme: `第 ${i + 1} 月主题`,
  tasks: [] as NonNullable<StudyPlanInput['months'][number]['tasks']>,
}));
months[0]!.tasks = [
  { id: '2026-01-plan', title: '读方案', due: '2026-01-31', read: [{ document: 'plan', anchors: ['sec-4'] }], quiz: 'plan', basis: 'p-20', quote: '确定每月7日为“党员活动日”' },
  { id: '2026-01-zhangcheng', title: '读章程', due: '2026-01-20', read: [{ document: 'zhangcheng', anchors: ['学习要点', 'pt-3'] }] },
];
months[1]!.tasks = [{ id: '2026-02-tiaoli', title: '领导干部读条例', due: '2026-02-28', audience: 'leaders', read: [{ document: 'tiaoli' }] }];

/** A fresh copy of the valid 2026 plan. */
export function validPlan(): StudyPlanInput {
  return structuredClone({
    year: 2026,
    theme: '主题',
    summary: '概述',
    goals: [{ text: '目标' }],
    quarters: [1, 2, 3, 4].map((quarter) => ({ quarter, title: `Q${quarter}`, focus: '安排', documents: ['plan'] })),
    months,
    seminars: [{ id: '2026-seminar-1', title: '研讨', date: '2026-03-18', time: '15:00', documents: ['zhangcheng'] }],
    meetings: [
      { id: '2026-congress-q1', kind: 'congress', date: '2026-01-14', time: '15:00', title: '部署', basis: 'p-19', quote: '党支部要制定年度“三会一课”计划' },
      { id: '2026-lecture-q2', kind: 'lecture', date: '2026-06-29', time: '15:00', title: '七一党课', lecturer: 'secretary' },
      { id: '2026-committee-01', kind: 'committee', date: '2026-01-05', title: '支委会', attendees: '支部委员' },
    ],
    events: [
      { id: '2026-org-life-qiyi', kind: 'org-life', date: '2026-06-26', time: '15:00', title: '七一组织生活会' },
      { id: '2026-democratic-life', kind: 'democratic-life', date: '2026-12-29', title: '民主生活会', audience: 'leaders' },
      { id: '2026-appraisal', kind: 'appraisal', date: '2026-12-23', title: '民主评议党员' },
    ],
    qiyi: [
      { id: '2026-qiyi-org-life', kind: 'org-life', title: '组织生活会', date: '2026-06-26', meeting: '2026-org-life-qiyi' },
      { id: '2026-qiyi-lecture', kind: 'lecture', title: '党课', date: '2026-06-29', meeting: '2026-lecture-q2' },
      { id: '2026-qiyi-oath', kind: 'oath', title: '重温入党誓词', date: '2026-06-07', basis: 'p-20', quote: '重温一次入党誓词' },
      { id: '2026-qiyi-visit', kind: 'visit', title: '走访', date: '2026-06-11' },
      { id: '2026-qiyi-volunteer', kind: 'volunteer', title: '志愿服务', date: '2026-06-20' },
      { id: '2026-qiyi-civilization', kind: 'civilization', title: '文明创建宣传', date: '2026-06-24' },
    ],
    duties: [
      { id: '2026-duty-lecture', title: '讲党课', roles: ['secretary'], basis: 'p-23', quote: '党支部书记每年至少为党员讲一次党课' },
      { id: '2026-duty-dual', title: '双重组织生活' },
    ],
  });
}
