/**
 * 党性体检 records in the 学习档案. Submitted checks are never changed, so they merge as a union by
 * id. A half-filled draft belongs to the device it is being filled in on: the file's draft is taken
 * only when this device has none, so an import never overwrites answers being typed here. A
 * deleted check is remembered (tombstone: its id), so an older file does not bring it back.
 */
import type { ArchiveDomain, DomainDiff } from '../domain.ts';
import type { VersionedFormat } from '../../versioned.ts';
import { selfcheckStateSchema, type SelfcheckState } from '../../../schemas/selfcheck.ts';
import { EMPTY_SELFCHECK } from '../../action/selfcheck.ts';
import { addDiffs, recordDiff, unionBy } from './merge-helpers.ts';
import { isDeleted, mergeTombstones, stayDeleted, tombstoneKey, withTombstones } from '../tombstones.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';

const t = translator(archiveStrings);

/** The stored format; must match `SELFCHECK_FORMAT` in src/stores/selfcheck.ts (a unit test checks it). */
export const SELFCHECK_ARCHIVE_FORMAT: VersionedFormat<SelfcheckState> = { version: 1, schema: selfcheckStateSchema };

/** Both sides' checks, oldest first; this device's draft, or the file's when there is none here. */
export function mergeSelfcheck(current: SelfcheckState, incoming: SelfcheckState): SelfcheckState {
  const deleted = mergeTombstones(current.deleted, incoming.deleted);
  const union = unionBy(current.checks, incoming.checks, (c) => c.id);
  const live = union.filter((c) => !isDeleted(deleted, tombstoneKey.record(c.id), c.at));
  const checks = live.length === current.checks.length && union === current.checks ? current.checks : live.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const draft = current.draft ?? incoming.draft;
  return checks === current.checks && draft === current.draft && deleted === current.deleted ? current : withTombstones({ version: 1, draft, checks }, deleted);
}

/** Checks the file would add (a draft taken over counts as one). */
export function diffSelfcheck(current: SelfcheckState, incoming: SelfcheckState): DomainDiff {
  const merged = mergeSelfcheck(current, incoming);
  const byId = (s: SelfcheckState) => Object.fromEntries(s.checks.map((c) => [c.id, c]));
  const checks = recordDiff(byId(current), byId(merged));
  const gone = stayDeleted(Object.keys(byId(incoming)), new Set(Object.keys(byId(merged))));
  return addDiffs({ added: checks.added + (current.draft === null && merged.draft !== null ? 1 : 0), changed: checks.changed }, { added: 0, changed: 0, stayDeleted: gone });
}

/** Self-checks as an archive domain. */
export const selfcheckDomain: ArchiveDomain<SelfcheckState> = {
  key: 'selfcheck',
  label: t('archive.transfer.domain.selfcheck'),
  format: SELFCHECK_ARCHIVE_FORMAT,
  empty: EMPTY_SELFCHECK,
  merge: mergeSelfcheck,
  diff: diffSelfcheck,
};
