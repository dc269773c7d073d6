import { useClientStore, useMounted } from './use-client-store.ts';
import type { Role } from '../schemas/site-config.ts';
import { isForTrack } from '../lib/study-list.ts';
import { learnedCount, EMPTY_READING } from '../lib/reading-progress.ts';
import { formatBeijingDateTime } from '../lib/dates.ts';
import { $reading } from '../stores/reading.ts';
import { $settings, DEFAULT_SETTINGS } from '../stores/settings.ts';
import { loadDocumentList, loadDocumentOutlines } from '../stores/document-list.ts';
import { translator } from '../i18n/translator.ts';
import homeStrings from 'virtual:zh-CN/home';
import RoleSlot from './RoleSlot.tsx';
import { useLoaded } from './common/use-loaded.ts';
import DocListError from './dashboard/DocListError.tsx';

const t = translator(homeStrings);

interface Props {
  /** Roles from site.config.ts. */
  roles: Role[];
}

/**
 * Home: role (chosen on first visit), must-learn progress for that role, and where to continue.
 * The server knows no member data, so it builds both layouts (see RoleSlot), including the
 * progress card shown only to a member with a role.
 * The documents come from the cached /documents.json once mounted (the progress card says
 * 学习清单进度 until then), and the name of the place to continue from /archive/outline.json,
 * only for a member who has one.
 */
export default function HomeDashboard({ roles }: Props) {
  const settings = useClientStore($settings, DEFAULT_SETTINGS);
  const reading = useClientStore($reading, EMPTY_READING);
  // Before the stored settings are read (server render, first client render) nothing is known.
  const known = useMounted();
  const list = useLoaded(loadDocumentList, known);
  const docs = list.status === 'ready' ? list.value.docs : [];
  const role = roles.find((r) => r.id === settings.role);
  const mine = role ? docs.filter((d) => isForTrack(d.audience, role.track)) : [];
  const done = learnedCount(reading, mine.map((d) => d.id));
  const lastDoc = docs.find((d) => d.id === reading.last);
  const lastState = lastDoc ? reading.docs[lastDoc.id] : undefined;
  const outlines = useLoaded(loadDocumentOutlines, Boolean(lastState?.position));
  // The continue button waits for the place's name too (or its failure), so it appears once, whole.
  const last = lastDoc && lastState && (!lastState.position || outlines.status !== 'loading') ? { doc: lastDoc, state: lastState } : undefined;
  const where = last?.state.position && outlines.status === 'ready' ? outlines.value[last.doc.id]?.unitLabels[last.state.position] : undefined;
  const counted = known && list.status === 'ready';

  return (
    <div class="home-dashboard">
      <RoleSlot roles={roles} role={role} known={known} />
      {(role || !known) && (
        <section class={`card${known ? '' : ' when-role'}`} aria-labelledby="home-progress">
          <h2 id="home-progress" class="card-title">{t('home.progressLabel')}</h2>
          {list.status === 'error' ? (
            <DocListError retry={list.retry} />
          ) : (
            <p data-home-progress={counted ? '' : undefined}>{counted ? t('home.progress', { done, total: mine.length }) : t('home.progressPending')}</p>
          )}
          <progress max={Math.max(mine.length, 1)} value={done} aria-labelledby="home-progress" class="home-progress" />
          <p><a href="/study/">{t('home.studyList')}</a></p>
        </section>
      )}
      {last ? (
        <p class="continue">
          <a class="button" data-continue href={`/documents/${last.doc.id}/${last.state.position ? `#${last.state.position}` : ''}`}>
            {t('home.continue', { title: last.doc.shortTitle })}
          </a>
          {where && <span class="muted continue-where">{t('home.continueAt', { where, when: formatBeijingDateTime(last.state.visitedAt) })}</span>}
        </p>
      ) : (
        <p class="continue"><a class="button" href="/documents/plan/">{t('home.start')}</a></p>
      )}
    </div>
  );
}
