// The corrupt-data notices earlier pages raised that the member has not read yet (kept under
// UNREAD_KEY by src/stores/engine.ts): loaded with the notice island, only when there are some.
import { addStorageNotice, dismissStorageNotice, UNREAD_KEY, type StorageNotice } from './engine.ts';

const optionalString = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

/** The notices kept, by data key; empty when there are none or they are not readable. */
function readUnread(): Record<string, unknown> {
  try {
    const saved: unknown = JSON.parse(globalThis.localStorage.getItem(UNREAD_KEY) ?? '{}');
    return typeof saved === 'object' && saved !== null && !Array.isArray(saved) ? (saved as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The notice kept for `key`, or undefined when it is not one this site wrote. */
function toNotice(key: string, saved: unknown): StorageNotice | undefined {
  if (typeof saved !== 'object' || saved === null) return undefined;
  const { kind, key: dataKey, backupKey, reason, setAside } = saved as Record<string, unknown>;
  if (kind !== 'corrupt' || dataKey !== key || !optionalString(backupKey) || !optionalString(reason)) return undefined;
  if (setAside !== undefined && !Number.isInteger(setAside)) return undefined;
  const notice: StorageNotice = { kind, key };
  if (backupKey !== undefined) notice.backupKey = backupKey;
  if (reason !== undefined) notice.reason = reason;
  if (setAside !== undefined) notice.setAside = setAside as number;
  return notice;
}

/** Writes what is still unread, or removes the key when nothing is. */
function writeUnread(unread: Record<string, unknown>): void {
  try {
    if (Object.keys(unread).length > 0) globalThis.localStorage.setItem(UNREAD_KEY, JSON.stringify(unread));
    else globalThis.localStorage.removeItem(UNREAD_KEY);
  } catch {
    // Storage that cannot be written keeps what it had.
  }
}

/**
 * Shows again every corrupt-data notice an earlier page raised and the member has not read. What
 * is not a notice of this site (edited by hand) is dropped rather than shown.
 */
export function showUnreadNotices(): void {
  const notices = Object.entries(readUnread()).flatMap(([key, saved]) => toNotice(key, saved) ?? []);
  writeUnread(Object.fromEntries(notices.map((n) => [n.key, n])));
  for (const notice of notices) addStorageNotice(notice);
}

/** Hides a notice the member has read; a corrupt-data notice is then no longer shown on other pages. */
export function markNoticeRead(notice: StorageNotice): void {
  dismissStorageNotice(notice);
  if (notice.kind !== 'corrupt' || !notice.key) return;
  const unread = readUnread();
  delete unread[notice.key];
  writeUnread(unread);
}
