// zod/mini: validated in the browser on every page; see reading.ts.
import { z } from 'zod/mini';

/** Number of text-size steps; the reader toolbar offers them from small to extra large. */
export const FONT_STEPS = 5;
/** The step used until the member picks one. */
export const DEFAULT_FONT_STEP = 1;

/** The member's display and role choices, version 1. */
export const settingsSchema = z.object({
  /** Format version. */
  version: z.literal(1),
  /** Id of the chosen role from `site.config.ts`; absent until the member chooses. */
  role: z.optional(z.string().check(z.minLength(1))),
  /** Text size step, 0 (small) … FONT_STEPS − 1 (extra large). */
  fontStep: z.int().check(z.minimum(0), z.maximum(FONT_STEPS - 1)),
  /** Colour scheme: follow the system, or force light or dark. */
  theme: z.enum(['auto', 'light', 'dark']),
});
export type Settings = z.infer<typeof settingsSchema>;
