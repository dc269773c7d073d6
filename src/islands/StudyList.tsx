import { useClientStore } from './use-client-store.ts';
import type { Role } from '../schemas/site-config.ts';
import { studyGroups, type DocSummary } from '../lib/study-list.ts';
import { docProgress, EMPTY_READING } from '../lib/reading-progress.ts';
import type { ReadingDoc } from '../schemas/reading.ts';
import { $reading } from '../stores/reading.ts';
import { $settings, DEFAULT_SETTINGS } from '../stores/settings.ts';
import { translator } from '../i18n/translator.ts';
import studyStrings from 'virtual:zh-CN/study';
import RoleLine from './RoleLine.tsx';

const t = translator(studyStrings);

interface Props {
  /** Roles from site.config.ts. */
  roles: Role[];
  /** Every document. */
  docs: DocSummary[];
}

function status(doc: DocSummary, state: ReadingDoc | undefined): { text: string; percent: number } {
  const { percent } = docProgress(state, doc.units);
  if (state?.learnedAt) return { text: t('study.learned'), percent: 100 };
  if (!state || percent === 0) return { text: t('study.notStarted'), percent: 0 };
  return { text: t('study.percent', { percent }), percent };
}

/** The must-learn list for the member's role, grouped 必学/必知/必会 and by category, with progress. */
export default function StudyList({ roles, docs }: Props) {
  const settings = useClientStore($settings, DEFAULT_SETTINGS);
  const reading = useClientStore($reading, EMPTY_READING);
  const role = roles.find((r) => r.id === settings.role);
  // Before a role is chosen, show everything so nothing is hidden from a member who has not chosen yet.
  const groups = studyGroups(docs, role?.track ?? 'leaders');
  const count = groups.flatMap((g) => g.categories.flatMap((c) => c.docs)).length;

  return (
    <div class="study-list">
      <RoleLine roles={roles} role={role} />
      {role && <p class="muted" data-study-count={count}>{t('study.forRole', { role: role.name, count })}</p>}
      {groups.map((group) => (
        <section key={group.requirement} aria-labelledby={`req-${group.requirement}`}>
          <h2 id={`req-${group.requirement}`}>{group.requirement}</h2>
          {group.categories.map(({ category, docs: inCategory }) => (
            <div key={category}>
              <h3 class="study-category">{category}</h3>
              <ul class="study-docs">
                {inCategory.map((doc) => {
                  const s = status(doc, reading.docs[doc.id]);
                  return (
                    <li key={doc.id} class="study-doc card" data-doc={doc.id}>
                      <a href={`/documents/${doc.id}/`} class="study-doc-title">{doc.title}</a>
                      <p class="study-doc-tags">
                        {doc.audience === 'leaders' && <span class="tag accent">{t('study.leadersOnly')}</span>}
                        <span class="tag">{t(doc.fullText ? 'study.fullText' : 'study.guideOnly')}</span>
                        <span class="study-status" data-status>{s.text}</span>
                      </p>
                      <progress max={100} value={s.percent} aria-label={`${doc.shortTitle} ${s.text}`} />
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
