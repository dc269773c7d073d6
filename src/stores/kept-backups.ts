// The data a corrupt-data notice kept aside (src/stores/versioned-atom.ts makes the backup):
// downloaded or put back from the notice, so loaded with the notice island only.
import { decodeVersioned } from '../lib/versioned.ts';
import type { StorageNotice } from './engine.ts';
import { registeredAtom } from './versioned-atom.ts';

function readBackup(notice: StorageNotice): string | undefined {
  if (!notice.backupKey) return undefined;
  try {
    return globalThis.localStorage.getItem(notice.backupKey) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The raw text kept aside for a corrupt-data notice, for 下载备份; undefined when it is gone. */
export function backupText(notice: StorageNotice): string | undefined {
  return readBackup(notice);
}

/** Whether a kept-aside backup is readable by this site now (after migration), so 恢复 can be offered. */
export function backupRestorable(notice: StorageNotice): boolean {
  const raw = readBackup(notice);
  const entry = notice.key ? registeredAtom(notice.key) : undefined;
  return raw !== undefined && entry !== undefined && decodeVersioned(raw, entry.format).ok;
}

/** Puts a backup back in place of the current data when it validates; false (nothing changed) otherwise. */
export function restoreBackup(notice: StorageNotice): boolean {
  const raw = readBackup(notice);
  const entry = notice.key ? registeredAtom(notice.key) : undefined;
  if (raw === undefined || !entry) return false;
  const result = decodeVersioned(raw, entry.format);
  if (!result.ok) return false;
  entry.atom.set(result.value);
  return true;
}
