import type { Role, Track } from '../schemas/site-config.ts';
import { $settings, DEFAULT_SETTINGS } from '../stores/settings.ts';
import { useClientStore, useMounted } from './use-client-store.ts';
import { translator } from '../i18n/translator.ts';
import studyStrings from 'virtual:zh-CN/study';
import RoleSlot from './RoleSlot.tsx';

const t = translator(studyStrings);

interface Props {
  /** Roles from site.config.ts. */
  roles: Role[];
  /** How many documents each track must study. */
  counts: Record<Track, number>;
}

/**
 * The study list's role line and "按某身份，共 N 份". The list itself is server HTML that
 * src/scripts/study-list.ts filters by role, so this island carries no document data.
 */
export default function StudyRole({ roles, counts }: Props) {
  const settings = useClientStore($settings, DEFAULT_SETTINGS);
  const known = useMounted();
  const role = roles.find((r) => r.id === settings.role);
  return (
    <div class="study-role">
      <RoleSlot roles={roles} role={role} known={known} />
      {known ? (
        role && <p class="muted" data-study-count={counts[role.track]}>{t('study.forRole', { role: role.name, count: counts[role.track] })}</p>
      ) : (
        // Holds the count line's place for a member with a role, so the list does not move down.
        <p class="muted when-role" aria-hidden="true">{'\u00a0'}</p>
      )}
    </div>
  );
}
