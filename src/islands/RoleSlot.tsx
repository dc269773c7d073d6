import type { Role } from '../schemas/site-config.ts';
import { translator } from '../i18n/translator.ts';
import roleStrings from 'virtual:zh-CN/role';
import RoleLine from './RoleLine.tsx';

const t = translator(roleStrings);

interface Props {
  /** Roles from site.config.ts. */
  roles: Role[];
  /** The member's role, once known. */
  role?: Role;
  /** False in the server render and the hydrating render, when the stored role is not read yet. */
  known: boolean;
}

/**
 * The role line where the stored role is not known yet. The server builds both layouts, the
 * chooser and a placeholder the size of "当前身份：… 更改身份"; the settings boot script marks a page
 * whose member has a role (`html[data-has-role]`) and CSS shows the matching one before any island
 * runs, so the page does not jump when the island takes over.
 */
export default function RoleSlot({ roles, role, known }: Props) {
  if (known) return <RoleLine roles={roles} role={role} />;
  return (
    <>
      <div class="when-no-role"><RoleLine roles={roles} /></div>
      <p class="role-line when-role" aria-hidden="true">
        <span>{t('role.current', { role: '' })}</span>
        <span class="button secondary small">{t('role.change')}</span>
      </p>
    </>
  );
}
