/**
 * 腾出空间 when storage is full: the site trims only what it made itself and can do without —
 * never a member's record. Loaded on demand from the full-storage notice.
 */
import { retryPendingWrites } from './engine.ts';
import { SNAPSHOT_PREFIX } from './archive-snapshots.ts';
import { compactAnswerHistory } from './quiz-record.ts';

/** What trimming did. */
export interface FreedSpace {
  /** Automatic backups removed (all but the newest stay). */
  backupsRemoved: number;
  /** Answers before this month folded into per-question counts (the statistics stay the same). */
  answersFolded: number;
  /** Changes still waiting in memory afterwards (0: everything is saved now). */
  stillPending: number;
}

/** Keys of automatic backups taken before imports and restores, oldest first (keys end in their ISO time). */
function automaticBackups(store: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key && (key.startsWith(`${SNAPSHOT_PREFIX}pre-import:`) || key.startsWith(`${SNAPSHOT_PREFIX}pre-restore:`))) keys.push(key);
  }
  const time = (key: string) => key.slice(key.indexOf(':', SNAPSHOT_PREFIX.length) + 1);
  return keys.sort((a, b) => (time(a) < time(b) ? -1 : time(a) > time(b) ? 1 : 0));
}

/**
 * Removes every automatic backup but the newest (each is a full copy of the member's data; the
 * newest still undoes the last import or restore) and folds answers before this month into
 * counts, then writes the changes kept in memory. Backups of unreadable data are never removed:
 * they may be the only copy.
 */
export function freeSpace(now = new Date()): FreedSpace {
  let removed = 0;
  try {
    const store = globalThis.localStorage;
    for (const key of automaticBackups(store).slice(0, -1)) {
      store.removeItem(key);
      removed += 1;
    }
  } catch {
    // Storage went away meanwhile: nothing could be removed.
  }
  // Folding writes the quiz record smaller; it waits in memory like any other change if it cannot.
  const answersFolded = compactAnswerHistory(now);
  return { backupsRemoved: removed, answersFolded, stillPending: retryPendingWrites() };
}
