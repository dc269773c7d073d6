import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { decodeVersioned, type VersionedFormat } from '../lib/versioned.ts';
import { addStorageNotice, keepRaw, type StorageNotice } from './engine.ts';

/** Prefix of every key this site stores; keys are `lxyz:v<version>:<domain>`. */
export const KEY_PREFIX = 'lxyz';

/** The key for one domain's data, e.g. `lxyz:v1:reading`. */
export function storageKey(domain: string, keyVersion = 1): string {
  return `${KEY_PREFIX}:v${keyVersion}:${domain}`;
}

/** The domain part of a storage key (`lxyz:v1:rectify` → `rectify`), for naming it in Chinese. */
export function domainOfKey(key: string): string {
  return key.slice(key.lastIndexOf(':') + 1);
}

/** Every versioned atom by key, so a kept-aside backup can be checked and put back (src/stores/kept-backups.ts). */
const registry = new Map<string, { atom: WritableAtom<unknown>; format: VersionedFormat<unknown> }>();

/** The versioned atom stored under `key` on this page and its format; undefined when this page has none. */
export function registeredAtom(key: string): { atom: WritableAtom<unknown>; format: VersionedFormat<unknown> } | undefined {
  return registry.get(key);
}

/**
 * A persistent atom whose stored JSON is versioned, migrated and validated on every read
 * (page load and other tabs' writes). Data it cannot use is copied to a backup key and the
 * member is told. When only some items are bad (one 整改 item among many), the good ones are
 * kept and only the bad ones are left out; otherwise the atom starts from `initial`. Either
 * way the original stays in the backup.
 */
export function versionedAtom<T>(key: string, format: VersionedFormat<T>, initial: T): WritableAtom<T> {
  const atom = persistentAtom<T>(key, initial, {
    encode: (value) => JSON.stringify(value),
    decode(raw) {
      const result = decodeVersioned(raw, format, { salvage: true });
      if (result.ok && !result.setAside) return result.value;
      const backupKey = keepRaw(`${KEY_PREFIX}:backup:${key}:`, raw);
      const reason = result.ok ? undefined : result.reason;
      const notice: StorageNotice = { kind: 'corrupt', key, ...(reason ? { reason } : {}) };
      if (backupKey) notice.backupKey = backupKey;
      if (result.ok) notice.setAside = result.setAside;
      addStorageNotice(notice);
      // Without a backup the original stays where it is until the member changes something.
      return result.ok ? result.value : initial;
    },
  });
  registry.set(key, { atom: atom as WritableAtom<unknown>, format: format as VersionedFormat<unknown> });
  return atom;
}
