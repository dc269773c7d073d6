import { useState } from 'preact/hooks';
import type { Role } from '../schemas/site-config.ts';
import { chooseRole } from '../stores/settings.ts';
import { translator } from '../i18n/translator.ts';
import roleStrings from 'virtual:zh-CN/role';

const t = translator(roleStrings);

interface Props {
  /** Roles from site.config.ts. */
  roles: Role[];
  /** The role chosen so far, preselected. */
  current?: string;
  /** Called after the member confirms a role. */
  onDone?: () => void;
}

/** A radio group of roles with a confirm button; saving goes through the settings store. */
export default function RoleChooser({ roles, current, onDone }: Props) {
  const [picked, setPicked] = useState(current ?? roles[0]?.id ?? '');
  return (
    <form
      class="role-chooser card"
      onSubmit={(e) => {
        e.preventDefault();
        chooseRole(picked);
        onDone?.();
      }}
    >
      <fieldset>
        <legend>{t('role.title')}</legend>
        <p class="muted">{t('role.intro')}</p>
        {roles.map((role) => (
          <label class="role-option" key={role.id}>
            <input type="radio" name="role" value={role.id} checked={picked === role.id} onChange={() => setPicked(role.id)} />
            <span>
              <strong>{role.name}</strong>
              <span class="muted role-description">{role.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" class="button">{t('role.confirm')}</button>
    </form>
  );
}
