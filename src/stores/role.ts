import { computed } from 'nanostores';
import { $settings } from './settings.ts';

// Apart from settings.ts, which every page loads: only the pages that filter by role need `computed`.

/** The chosen role id, or undefined before the first choice. */
export const $role = computed($settings, (s) => s.role);
