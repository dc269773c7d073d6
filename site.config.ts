/**
 * The one file a branch edits to reuse this site: who the unit is, what the site is called,
 * which roles members choose from and which plan year is in force.
 * Everything here is rendered as text; nothing is fetched or uploaded.
 */
import { siteConfigSchema, type SiteConfig } from './src/schemas/site-config.ts';

const config: SiteConfig = {
  unitName: '上党区人民政府招商中心',
  branchName: '上党区人民政府招商中心党支部',
  siteTitle: '两学一做 · 学习园地',
  planYear: 2026,
  roles: [
    { id: 'member', name: '普通党员', track: 'all', description: '学党章党规、学系列讲话，做合格党员' },
    { id: 'leader', name: '党员领导干部', track: 'leaders', description: '在全体党员必学内容之外，还要深入学习党内重要法规制度' },
    {
      id: 'secretary',
      name: '党支部书记',
      track: 'leaders',
      description: '按领导干部要求学习，并且每年至少为党员讲一次党课',
    },
  ],
  // Add `email: '…'` to let members send 纠错 reports straight from the question.
  contact: { name: '党支部组织委员' },
};

/** The validated site configuration; a mistake here fails the build with the field named. */
export const site = siteConfigSchema.parse(config);
export default site;
