import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

/** Something about storage the member must be told. */
export interface StorageNotice {
  /** `memory`: storage unavailable, nothing survives closing the page; `quota`: a save failed; `corrupt`: unreadable data was kept aside. */
  kind: 'memory' | 'quota' | 'corrupt';
  /** The storage key concerned (absent for `memory`). */
  key?: string;
  /** Where the unreadable data was copied (for `corrupt`). */
  backupKey?: string;
  /** Why the data could not be used, in Chinese. */
  reason?: string;
}

/** Notices for the storage banner; islands render them, stores add them. */
export const $storageNotices = atom<StorageNotice[]>([]);

/** Adds a notice unless the same one is already shown. */
export function addStorageNotice(notice: StorageNotice): void {
  const same = (n: StorageNotice) => n.kind === notice.kind && n.key === notice.key;
  if (!$storageNotices.get().some(same)) $storageNotices.set([...$storageNotices.get(), notice]);
}

/** Hides a notice the member has read. */
export function dismissStorageNotice(notice: StorageNotice): void {
  $storageNotices.set($storageNotices.get().filter((n) => n !== notice));
}

function localStorageOrNull(): Storage | null {
  try {
    // Private modes and disabled storage throw on access or on the first write.
    const storage = globalThis.localStorage;
    const probe = 'lxyz:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/**
 * A storage engine for @nanostores/persistent that never throws: reads and writes go to
 * localStorage when it works; a failed write is kept in memory for this page and reported.
 */
export function createSafeEngine(storage: Storage | null): Record<string, string> {
  const memory = new Map<string, string>();
  // The build renders pages without any storage; only a real browser without storage needs telling.
  if (!storage && typeof window !== 'undefined') addStorageNotice({ kind: 'memory' });
  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    try {
      return storage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  return new Proxy({} as Record<string, string>, {
    get: (_t, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_t, key) => typeof key === 'string' && read(key) !== undefined,
    set(_t, key, value) {
      if (typeof key !== 'string') return false;
      if (!storage) return memory.set(key, String(value)), true;
      try {
        storage.setItem(key, String(value));
        memory.delete(key);
      } catch {
        memory.set(key, String(value));
        addStorageNotice({ kind: 'quota', key });
      }
      return true;
    },
    deleteProperty(_t, key) {
      if (typeof key !== 'string') return false;
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to keep: the key is being removed on purpose.
      }
      return true;
    },
  });
}

/**
 * Keeps a raw value under `prefix + timestamp` without going through a store (used to keep bad
 * data aside). Returns the key holding it; an identical copy already kept under the prefix is
 * reused, so the same bad data is not copied again on every page load. Undefined when it failed.
 */
export function keepRaw(prefix: string, value: string, now = new Date()): string | undefined {
  try {
    const storage = globalThis.localStorage;
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix) && storage.getItem(key) === value) return key;
    }
    const key = `${prefix}${now.toISOString()}`;
    storage.setItem(key, value);
    return key;
  } catch {
    return undefined;
  }
}

/** Installs the safe engine. Must run before any persistent store is created, so stores import this module first. */
export function installEngine(storage: Storage | null = localStorageOrNull()): void {
  setPersistentEngine(createSafeEngine(storage), typeof window === 'undefined' ? { addEventListener() {}, removeEventListener() {} } : windowPersistentEvents);
}

installEngine();
