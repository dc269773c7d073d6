// zod/mini: read in the browser when a backup is listed or restored.
import { z } from 'zod/mini';

/**
 * A backup of every archive domain's stored value, taken automatically before an import (so the
 * import can be undone) and before a restore (so the restore can be undone). Version 1.
 */
export const archiveSnapshotSchema = z.object({
  /** Format version. */
  version: z.literal(1),
  /** Why it was taken: before importing a file, or before restoring another backup. */
  kind: z.enum(['pre-import', 'pre-restore']),
  /** When it was taken (ISO instant). */
  takenAt: z.iso.datetime({ offset: true }),
  /** For `pre-import`: whose archive was being imported, to tell backups apart in the list. */
  member: z.optional(z.string()),
  /** Each domain's stored value (with its own `version`), by domain key; checked per domain on restore. */
  data: z.record(z.string(), z.unknown()),
});
export type ArchiveSnapshot = z.infer<typeof archiveSnapshotSchema>;
