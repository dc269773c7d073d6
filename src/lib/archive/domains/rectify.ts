/**
 * 查摆 answers and the 整改清单 in the 学习档案. Items merge by id and the copy changed last wins
 * (its history already contains the other's, since history only grows); 查摆 notes likewise per
 * question. Deletions are remembered (tombstones `item:<id>` and `chabai:<list>/<question>`), so an
 * older file does not bring back an item deleted since; an item edited after its deletion stays.
 */
import type { ArchiveDomain, DomainDiff } from '../domain.ts';
import type { VersionedFormat } from '../../versioned.ts';
import { rectifyStateSchema, type RectifyItem, type RectifyState } from '../../../schemas/rectify.ts';
import { addDiffs, instantMs, mergeRecords, recordDiff } from './merge-helpers.ts';
import { isDeleted, mergeTombstones, stayDeleted, tombstoneKey, withTombstones } from '../tombstones.ts';
import { sameJson } from '../canonical-json.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';

const t = translator(archiveStrings);

/** The stored format; must match `RECTIFY_FORMAT` in src/stores/rectify.ts (a unit test checks it). */
export const RECTIFY_ARCHIVE_FORMAT: VersionedFormat<RectifyState> = { version: 1, schema: rectifyStateSchema };

/** Nothing found, nothing to fix; equal to `EMPTY_RECTIFY` in the store. */
export const EMPTY_RECTIFY_ARCHIVE: RectifyState = { version: 1, chabai: {}, items: [] };

/** The copy changed last; on a tie the one with the longer history, then the larger text, so the choice is symmetric. */
function newer<V extends { updatedAt: string }>(a: V, b: V, size: (v: V) => number = () => 0): V {
  const d = instantMs(b.updatedAt) - instantMs(a.updatedAt);
  if (d !== 0) return d > 0 ? b : a;
  if (size(a) !== size(b)) return size(b) > size(a) ? b : a;
  return JSON.stringify(b) > JSON.stringify(a) ? b : a;
}

const itemTombstone = tombstoneKey.rectifyItem;
const chabaiTombstone = tombstoneKey.chabai;

type Chabai = RectifyState['chabai'];

/** 查摆 notes without those deleted after their last change; `chabai` itself when none is. */
function dropDeletedNotes(chabai: Chabai, deleted: RectifyState['deleted']): Chabai {
  if (!deleted) return chabai;
  let out: Record<string, Chabai[string]> | undefined;
  for (const [list, answers] of Object.entries(chabai)) {
    const kept = Object.entries(answers).filter(([q, a]) => !isDeleted(deleted, chabaiTombstone(list, q), a.updatedAt));
    if (kept.length === Object.keys(answers).length) continue;
    out ??= { ...chabai };
    if (kept.length) out[list] = Object.fromEntries(kept);
    else delete out[list];
  }
  return out ?? chabai;
}

/** Union of items by id (newer copy wins, this device's order first) and of 查摆 notes per question, less what was deleted. */
export function mergeRectify(current: RectifyState, incoming: RectifyState): RectifyState {
  const deleted = mergeTombstones(current.deleted, incoming.deleted);
  const merged = mergeRecords(current.chabai, incoming.chabai, (mine, theirs) => mergeRecords(mine, theirs, (a, b) => newer(a, b)));
  const chabai = dropDeletedNotes(merged, deleted);
  const theirs = new Map(incoming.items.map((item) => [item.id, item]));
  const mine = new Set(current.items.map((item) => item.id));
  const kept = current.items.map((item) => {
    const other = theirs.get(item.id);
    return other ? newer(item, other, (i: RectifyItem) => i.history.length) : item;
  });
  const items = [...kept, ...incoming.items.filter((item) => !mine.has(item.id))].filter((item) => !isDeleted(deleted, itemTombstone(item.id), item.updatedAt));
  const unchanged = chabai === current.chabai && deleted === current.deleted && sameJson(items, current.items);
  return unchanged ? current : withTombstones({ version: 1, chabai, items }, deleted);
}

/** Items and 查摆 notes the file would add or change, and those it has that stay deleted. */
export function diffRectify(current: RectifyState, incoming: RectifyState): DomainDiff {
  const merged = mergeRectify(current, incoming);
  const byId = (s: RectifyState) => Object.fromEntries(s.items.map((i) => [i.id, i]));
  const notes = (s: RectifyState) =>
    Object.fromEntries(Object.entries(s.chabai).flatMap(([list, answers]) => Object.entries(answers).map(([q, a]) => [`${list}/${q}`, a])));
  const gone = stayDeleted(Object.keys(byId(incoming)), new Set(Object.keys(byId(merged)))) + stayDeleted(Object.keys(notes(incoming)), new Set(Object.keys(notes(merged))));
  return addDiffs(recordDiff(byId(current), byId(merged)), recordDiff(notes(current), notes(merged)), { added: 0, changed: 0, stayDeleted: gone });
}

/** 查摆 and 整改 as an archive domain. */
export const rectifyDomain: ArchiveDomain<RectifyState> = {
  key: 'rectify',
  label: t('archive.transfer.domain.rectify'),
  format: RECTIFY_ARCHIVE_FORMAT,
  empty: EMPTY_RECTIFY_ARCHIVE,
  merge: mergeRectify,
  diff: diffRectify,
};
