/**
 * How one kind of personal data (reading, quiz, notes, plan ticks, self-checks, rectifications, …)
 * takes part in the 学习档案 file: decoded through its own versioned format, merged without losing
 * anything, and summarised for the member before an import. Pure: stores register the domains.
 */
import type { VersionedFormat } from '../versioned.ts';

/** Counts of what an import would do to one domain, shown before the member confirms. */
export interface DomainDiff {
  /** Items the file has that this browser does not. */
  added: number;
  /** Items both have where the file's state is newer and would win. */
  changed: number;
  /** Items the file still has that were deleted here (or in the file) and stay deleted: 已删除，不恢复. */
  stayDeleted?: number;
}

/** One kind of personal data in the archive. */
export interface ArchiveDomain<T> {
  /** Storage domain (`lxyz:v1:<key>`) and the property name under `data` in the file. */
  key: string;
  /** Chinese name shown in summaries, e.g. 阅读进度. */
  label: string;
  /** The stored format: an imported domain runs through the same migrations and validation. */
  format: VersionedFormat<T>;
  /** The state when nothing has been done. */
  empty: T;
  /**
   * Merges `incoming` into `current`: union of histories, the newer state per item, nothing
   * dropped. Must be idempotent (merging the same data twice changes nothing) and, for data
   * that does not overlap, commutative.
   */
  merge(current: T, incoming: T): T;
  /** What merging `incoming` into `current` would add or change. */
  diff(current: T, incoming: T): DomainDiff;
}
