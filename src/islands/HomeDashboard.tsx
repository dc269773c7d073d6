import { useClientStore } from './use-client-store.ts';
import type { Role } from '../schemas/site-config.ts';
import type { DocSummary } from '../lib/study-list.ts';
import { isForTrack } from '../lib/study-list.ts';
import { learnedCount, EMPTY_READING } from '../lib/reading-progress.ts';
import { formatBeijingDateTime } from '../lib/dates.ts';
import { $reading } from '../stores/reading.ts';
import { $settings, DEFAULT_SETTINGS } from '../stores/settings.ts';
import { translator } from '../i18n/translator.ts';
import homeStrings from 'virtual:zh-CN/home';
import RoleLine from './RoleLine.tsx';

const t = translator(homeStrings);

interface Props {
  /** Roles from site.config.ts. */
  roles: Role[];
  /** Every document, for progress and "continue reading". */
  docs: DocSummary[];
}

/** Home: role (chosen on first visit), must-learn progress for that role, and where to continue. */
export default function HomeDashboard({ roles, docs }: Props) {
  const settings = useClientStore($settings, DEFAULT_SETTINGS);
  const reading = useClientStore($reading, EMPTY_READING);
  const role = roles.find((r) => r.id === settings.role);
  const mine = role ? docs.filter((d) => isForTrack(d.audience, role.track)) : [];
  const done = learnedCount(reading, mine.map((d) => d.id));
  const lastDoc = docs.find((d) => d.id === reading.last);
  const lastState = lastDoc ? reading.docs[lastDoc.id] : undefined;
  const where = lastState?.position ? lastDoc?.unitLabels[lastState.position] : undefined;

  return (
    <div class="home-dashboard">
      <RoleLine roles={roles} role={role} />
      {role && (
        <section class="card" aria-labelledby="home-progress">
          <h2 id="home-progress" class="card-title">{t('home.progressLabel')}</h2>
          <p data-home-progress>{t('home.progress', { done, total: mine.length })}</p>
          <progress max={mine.length} value={done} aria-labelledby="home-progress" class="home-progress" />
          <p><a href="/study/">{t('home.studyList')}</a></p>
        </section>
      )}
      {lastDoc && lastState ? (
        <p class="continue">
          <a class="button" data-continue href={`/documents/${lastDoc.id}/${lastState.position ? `#${lastState.position}` : ''}`}>
            {t('home.continue', { title: lastDoc.shortTitle })}
          </a>
          {where && <span class="muted continue-where">{t('home.continueAt', { where, when: formatBeijingDateTime(lastState.visitedAt) })}</span>}
        </p>
      ) : (
        <p class="continue"><a class="button" href="/documents/plan/">{t('home.start')}</a></p>
      )}
    </div>
  );
}
