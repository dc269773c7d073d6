import { useState } from 'preact/hooks';
import type { Role } from '../schemas/site-config.ts';
import { translator } from '../i18n/translator.ts';
import roleStrings from 'virtual:zh-CN/role';
import RoleChooser from './RoleChooser.tsx';

const t = translator(roleStrings);

interface Props {
  /** Roles from site.config.ts. */
  roles: Role[];
  /** The chosen role, if any. */
  role?: Role;
}

/** "当前身份：X [更改身份]", or the chooser itself when no role is chosen or the member asks to change. */
export default function RoleLine({ roles, role }: Props) {
  const [changing, setChanging] = useState(false);
  if (!role || changing) return <RoleChooser roles={roles} current={role?.id} onDone={() => setChanging(false)} />;
  return (
    <p class="role-line">
      <span data-current-role={role.id}>{t('role.current', { role: role.name })}</span>
      <button type="button" class="button secondary small" onClick={() => setChanging(true)}>{t('role.change')}</button>
    </p>
  );
}
