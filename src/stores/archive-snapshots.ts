/**
 * The backups taken before an import or a restore (`lxyz:backup:<kind>:<ISO instant>`): taking
 * one (making room from the oldest automatic ones when storage is full), keeping the newest few of
 * each kind, reading and listing them. What is done with them is in ./archive.ts.
 */
import { archiveSnapshotSchema, type ArchiveSnapshot } from '../schemas/archive-snapshot.ts';
import { ARCHIVE_ENTRIES } from './archive-registry.ts';
import { KEY_PREFIX } from './versioned-atom.ts';

/** Where backups live: `lxyz:backup:<kind>:<ISO instant>`. */
export const SNAPSHOT_PREFIX = `${KEY_PREFIX}:backup:`;
/**
 * Backups kept per kind; older ones are removed after a new one is saved, since storage is small
 * (each backup is a full copy of the member's data).
 */
export const SNAPSHOTS_KEPT = 3;

/** Why a backup was taken. */
export type SnapshotKind = ArchiveSnapshot['kind'];

/** This browser's storage, or null where it is disabled. */
export function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Saves every registered domain's current value as a backup and returns its key, or undefined
 * when storage refused (full, disabled): then the caller must change nothing.
 */
export function takeSnapshot(kind: SnapshotKind, now: Date, member?: string): string | undefined {
  const store = storage();
  if (!store) return undefined;
  const snapshot: ArchiveSnapshot = {
    version: 1,
    kind,
    takenAt: now.toISOString(),
    ...(member === undefined ? {} : { member }),
    data: Object.fromEntries(ARCHIVE_ENTRIES.map(({ domain, store: s }) => [domain.key, s.get()])),
  };
  const json = JSON.stringify(snapshot);
  try {
    // Two backups in the same millisecond (a fast double click) must not overwrite each other.
    let ms = now.getTime();
    let key = `${SNAPSHOT_PREFIX}${kind}:${new Date(ms).toISOString()}`;
    while (store.getItem(key) !== null) key = `${SNAPSHOT_PREFIX}${kind}:${new Date(++ms).toISOString()}`;
    // Storage is small (about 5 MB): when it is full, the oldest automatic backups make room,
    // one at a time, like a ring buffer. The member's own data is never touched.
    const older = snapshotKeys(store, 'pre-import').concat(snapshotKeys(store, 'pre-restore')).sort(bySnapshotTime);
    for (;;) {
      try {
        store.setItem(key, json);
        break;
      } catch {
        const oldest = older.shift();
        if (!oldest) return undefined;
        store.removeItem(oldest);
      }
    }
    if (store.getItem(key) === null) return undefined;
    pruneSnapshots(store, kind);
    return key;
  } catch {
    return undefined;
  }
}

/** Keys of the backups of one kind, in storage order. */
function snapshotKeys(store: Storage, kind: SnapshotKind): string[] {
  const prefix = `${SNAPSHOT_PREFIX}${kind}:`;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** Oldest first: keys end in the ISO instant the backup was taken. */
function bySnapshotTime(a: string, b: string): number {
  const time = (key: string) => key.slice(key.indexOf(':', SNAPSHOT_PREFIX.length) + 1);
  return time(a) < time(b) ? -1 : time(a) > time(b) ? 1 : 0;
}

/** Removes all but the newest {@link SNAPSHOTS_KEPT} backups of one kind. */
function pruneSnapshots(store: Storage, kind: SnapshotKind): void {
  snapshotKeys(store, kind)
    .sort(bySnapshotTime)
    .slice(0, -SNAPSHOTS_KEPT)
    .forEach((key) => store.removeItem(key));
}

/** A backup as listed for the member. */
export interface SnapshotInfo {
  /** Storage key, passed to {@link restoreSnapshot}. */
  key: string;
  /** Why it was taken. */
  kind: SnapshotKind;
  /** When (ISO instant). */
  takenAt: string;
  /** For `pre-import`: whose archive was imported. */
  member?: string;
}

/** The backup stored under `key` when it is there and readable. */
export function readSnapshot(store: Storage, key: string): ArchiveSnapshot | undefined {
  try {
    const raw = store.getItem(key);
    if (raw === null) return undefined;
    const parsed = archiveSnapshotSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Every readable backup, newest first. */
export function listSnapshots(): SnapshotInfo[] {
  const store = storage();
  if (!store) return [];
  const out: SnapshotInfo[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (!key || !(key.startsWith(`${SNAPSHOT_PREFIX}pre-import:`) || key.startsWith(`${SNAPSHOT_PREFIX}pre-restore:`))) continue;
      const snapshot = readSnapshot(store, key);
      if (!snapshot) continue;
      out.push({ key, kind: snapshot.kind, takenAt: snapshot.takenAt, ...(snapshot.member === undefined ? {} : { member: snapshot.member }) });
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : a.key < b.key ? 1 : -1));
}
