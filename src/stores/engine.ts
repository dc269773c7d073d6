import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

/** Something about storage the member must be told. */
export interface StorageNotice {
  /**
   * `memory`: storage unavailable, nothing survives closing the page; `quota`: storage is full —
   * what is stored reads as usual, but changes stay in this page until space is freed;
   * `corrupt`: unreadable data was kept aside; `record`: the quiz recorder could not be fetched, so
   * answers, 收藏 and hand-ins wait in this page for `retry`.
   */
  kind: 'memory' | 'quota' | 'corrupt' | 'record';
  /** The storage key concerned (absent for `memory`, and for `quota` found full at page load). */
  key?: string;
  /** Where the unreadable data was copied (for `corrupt`). */
  backupKey?: string;
  /** Why the data could not be used (for diagnosis; field names are not shown to the member). */
  reason?: string;
  /** For `corrupt`: how many single items were left out, the rest kept; absent when all was reset. */
  setAside?: number;
  /** For `record`: applies the waiting changes; resolves to whether all were saved. */
  retry?: () => Promise<boolean>;
}

/** Notices for the storage banner; islands render them, stores add them. */
export const $storageNotices = atom<StorageNotice[]>([]);

/**
 * The corrupt-data notices the member has not read yet, by the key of the data concerned: bad data
 * is found when a page first reads its store, which may be as the member leaves that page, and the
 * next page then says so (src/stores/unread-notices.ts).
 */
export const UNREAD_KEY = 'lxyz:notices:unread';

/** Adds a notice unless the same one is already shown; a corrupt-data notice is also kept until read. */
export function addStorageNotice(notice: StorageNotice): void {
  // One "storage is full" notice covers every key that could not be saved.
  const same = (n: StorageNotice) => n.kind === notice.kind && (n.kind === 'quota' || n.key === notice.key);
  if ($storageNotices.get().some(same)) return;
  $storageNotices.set([...$storageNotices.get(), notice]);
  try {
    const storage = globalThis.localStorage;
    if (notice.kind === 'corrupt') storage.setItem(UNREAD_KEY, JSON.stringify({ ...JSON.parse(storage.getItem(UNREAD_KEY) ?? '{}'), [notice.key!]: notice }));
  } catch {
    // Storage that cannot keep it: the notice still shows on this page.
  }
}

/** Hides a notice the member has read. */
export function dismissStorageNotice(notice: StorageNotice): void {
  $storageNotices.set($storageNotices.get().filter((n) => n !== notice));
}

/** Whether a failed write means "no space left" rather than "not allowed". */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  // Chromium, Safari and Firefox: QuotaExceededError; Firefox before 2020: NS_ERROR_DOM_QUOTA_REACHED.
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** What the storage probe found: usable, readable but full, or not available at all. */
export type StorageProbe = { storage: Storage; full: boolean } | { storage: null };

/**
 * Finds out whether storage can be used. Full storage is not disabled storage: when reading works
 * and a write fails for lack of space while something is stored, the data is still there to read
 * and export — only new writes must wait. Storage that refuses writes with nothing in it (private
 * modes, blocked storage) is treated as unavailable.
 */
export function probeStorage(candidate: () => Storage | undefined = () => globalThis.localStorage): StorageProbe {
  let storage: Storage | undefined;
  try {
    storage = candidate();
    if (!storage) return { storage: null };
    storage.getItem('lxyz:probe');
  } catch {
    return { storage: null };
  }
  try {
    const probe = 'lxyz:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return { storage, full: false };
  } catch (error) {
    let stored = 0;
    try {
      stored = storage.length;
    } catch {
      stored = 0;
    }
    return isQuotaError(error) && stored > 0 ? { storage, full: true } : { storage: null };
  }
}

/** The active engine's changes that storage refused, and the storage they are meant for. */
let pending: () => Map<string, string> = () => new Map();
let target: Storage | null = null;

/**
 * Tries again to write the changes kept in memory (after space was freed). Returns how many are
 * still waiting; when none are, the full-storage notices are taken down.
 */
export function retryPendingWrites(): number {
  const memory = pending();
  if (!target) return memory.size;
  for (const [key, value] of [...memory]) {
    try {
      target.setItem(key, value);
      memory.delete(key);
    } catch {
      // Still no room: it stays in memory, as before.
    }
  }
  if (memory.size === 0) $storageNotices.set($storageNotices.get().filter((n) => n.kind !== 'quota'));
  return memory.size;
}

/**
 * A storage engine for @nanostores/persistent that never throws: reads and writes go to
 * localStorage when it works; a failed write is kept in memory for this page and reported.
 */
export function createSafeEngine(storage: Storage | null): Record<string, string> {
  const memory = new Map<string, string>();
  pending = () => memory;
  target = storage;
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
 * Whether anything is stored under `key`, without reading it through a store: a page can tell
 * that a member has, say, no notes at all without loading the notes' code. False when storage
 * cannot be read.
 */
export function isStored(key: string): boolean {
  try {
    return globalThis.localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
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

/**
 * Installs the safe engine. Must run before any persistent store is created, so stores import
 * this module first. Storage found full is still read; the member is told at once.
 */
export function installEngine(probe: StorageProbe = probeStorage()): void {
  const engine = createSafeEngine(probe.storage);
  if (probe.storage && probe.full) addStorageNotice({ kind: 'quota' });
  setPersistentEngine(engine, typeof window === 'undefined' ? { addEventListener() {}, removeEventListener() {} } : windowPersistentEvents);
}

installEngine();
