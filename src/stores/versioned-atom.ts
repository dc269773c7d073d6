import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { decodeVersioned, type VersionedFormat } from '../lib/versioned.ts';
import { addStorageNotice, keepRaw } from './engine.ts';

/** Prefix of every key this site stores; keys are `lxyz:v<version>:<domain>`. */
export const KEY_PREFIX = 'lxyz';

/** The key for one domain's data, e.g. `lxyz:v1:reading`. */
export function storageKey(domain: string, keyVersion = 1): string {
  return `${KEY_PREFIX}:v${keyVersion}:${domain}`;
}

/**
 * A persistent atom whose stored JSON is versioned, migrated and validated on every read
 * (page load and other tabs' writes). Data it cannot use is copied to a backup key and the
 * member is told; the atom then starts from `initial` and the original stays in the backup.
 */
export function versionedAtom<T>(key: string, format: VersionedFormat<T>, initial: T): WritableAtom<T> {
  return persistentAtom<T>(key, initial, {
    encode: (value) => JSON.stringify(value),
    decode(raw) {
      const result = decodeVersioned(raw, format);
      if (result.ok) return result.value;
      const backupKey = keepRaw(`${KEY_PREFIX}:backup:${key}:`, raw);
      addStorageNotice(
        backupKey
          ? { kind: 'corrupt', key, backupKey, reason: result.reason }
          : { kind: 'corrupt', key, reason: `${result.reason}；备份失败，原数据仍在原处` },
      );
      return initial;
    },
  });
}
