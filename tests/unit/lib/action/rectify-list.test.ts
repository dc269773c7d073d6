import { describe, expect, it } from 'vitest';
import { countItems, DEFAULT_FILTER, filterItems, sortItems } from '../../../../src/lib/action/rectify-list.ts';
import type { RectifyItem } from '../../../../src/schemas/rectify.ts';

const now = new Date('2026-07-15T04:00:00Z'); // Beijing 2026-07-15 12:00

function item(id: string, extra: Partial<RectifyItem> = {}): RectifyItem {
  const at = extra.createdAt ?? '2026-07-01T01:00:00.000Z';
  return { id, problem: id, origin: 'manual', measures: '', responsible: '', status: 'todo', evidence: '', createdAt: at, updatedAt: at, history: [{ at, kind: 'created', to: 'todo' }], ...extra };
}

const items = [
  item('a-later', { deadline: '2026-08-01' }),
  item('b-overdue-2', { deadline: '2026-07-13', status: 'doing', origin: 'chabai' }),
  item('c-nodeadline', { createdAt: '2026-07-03T01:00:00.000Z' }),
  item('d-done', { deadline: '2026-07-02', status: 'done', evidence: '已改', origin: 'selfcheck' }),
  item('e-overdue-10', { deadline: '2026-07-05', origin: 'selfcheck' }),
  item('f-closed', { status: 'closed', evidence: '已改', createdAt: '2026-07-05T01:00:00.000Z' }),
  item('g-today', { deadline: '2026-07-15' }),
];
const ids = (list: RectifyItem[]) => list.map((i) => i.id);

describe('filterItems', () => {
  it('keeps everything by default', () => {
    expect(filterItems(items, DEFAULT_FILTER, now)).toHaveLength(items.length);
  });

  it('filters by status, open items, origin and overdue', () => {
    expect(ids(filterItems(items, { ...DEFAULT_FILTER, status: 'done' }, now))).toEqual(['d-done']);
    expect(ids(filterItems(items, { ...DEFAULT_FILTER, status: 'open' }, now))).toEqual(['a-later', 'b-overdue-2', 'c-nodeadline', 'e-overdue-10', 'g-today']);
    expect(ids(filterItems(items, { ...DEFAULT_FILTER, origin: 'selfcheck' }, now))).toEqual(['d-done', 'e-overdue-10']);
    expect(ids(filterItems(items, { ...DEFAULT_FILTER, overdueOnly: true }, now))).toEqual(['b-overdue-2', 'e-overdue-10']);
    expect(ids(filterItems(items, { status: 'todo', origin: 'selfcheck', overdueOnly: true }, now))).toEqual(['e-overdue-10']);
  });
});

describe('sortItems', () => {
  it('urgent: overdue first (longest first), then open by deadline, then finished', () => {
    expect(ids(sortItems(items, 'urgent', now))).toEqual(['e-overdue-10', 'b-overdue-2', 'g-today', 'a-later', 'c-nodeadline', 'd-done', 'f-closed']);
  });

  it('deadline: earliest first, undated last (newest first among them)', () => {
    expect(ids(sortItems(items, 'deadline', now))).toEqual(['d-done', 'e-overdue-10', 'b-overdue-2', 'g-today', 'a-later', 'f-closed', 'c-nodeadline']);
  });

  it('newest: by creation time, ties by id', () => {
    expect(ids(sortItems(items, 'newest', now))).toEqual(['f-closed', 'c-nodeadline', 'a-later', 'b-overdue-2', 'd-done', 'e-overdue-10', 'g-today']);
  });

  it('status: 待整改, 整改中, 已完成, 已销号', () => {
    expect(ids(sortItems(items, 'status', now))).toEqual(['e-overdue-10', 'g-today', 'a-later', 'c-nodeadline', 'b-overdue-2', 'd-done', 'f-closed']);
  });

  it('does not change the array it is given', () => {
    const copy = [...items];
    sortItems(items, 'urgent', now);
    expect(items).toEqual(copy);
  });
});

describe('countItems', () => {
  it('counts open, overdue and finished items', () => {
    expect(countItems(items, now)).toEqual({ total: 7, open: 5, overdue: 2, finished: 2 });
    expect(countItems([], now)).toEqual({ total: 0, open: 0, overdue: 0, finished: 0 });
  });
});
