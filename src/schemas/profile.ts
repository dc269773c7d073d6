// zod/mini: validated in the browser on the 学习档案 page.
import { z } from 'zod/mini';

/** The member's own details for their 学习档案, version 1. */
export const profileSchema = z.object({
  /** Format version; see `src/stores/profile.ts` for migrations. */
  version: z.literal(1),
  /**
   * The name last used for an export, offered again next time. Export allows 1–50 characters;
   * the limit here is in UTF-16 units, so 100 leaves room for characters outside the BMP.
   */
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});
export type Profile = z.infer<typeof profileSchema>;
