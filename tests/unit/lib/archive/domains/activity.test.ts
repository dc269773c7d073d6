import { describe, expect, it } from 'vitest';
import { activityDomain, diffActivity, mergeActivity } from '../../../../../src/lib/archive/domains/activity.ts';
import { decodeVersioned } from '../../../../../src/lib/versioned.ts';
import type { ActivityState } from '../../../../../src/schemas/activity.ts';

const state = (days: Record<string, number>): ActivityState => ({ version: 1, days });

describe('study time merge', () => {
  it('takes, per day, the larger figure — never the sum', () => {
    const merged = mergeActivity(state({ '2026-03-01': 600, '2026-03-02': 100 }), state({ '2026-03-01': 300, '2026-03-02': 900, '2026-03-03': 60 }));
    expect(merged.days).toEqual({ '2026-03-01': 600, '2026-03-02': 900, '2026-03-03': 60 });
  });

  it('is idempotent: the same file twice, or a file imported back where it came from, changes nothing', () => {
    const here = state({ '2026-03-01': 600 });
    const file = state({ '2026-03-01': 300, '2026-03-02': 900 });
    const once = mergeActivity(here, file);
    expect(mergeActivity(once, file)).toBe(once);
    expect(diffActivity(once, file)).toEqual({ added: 0, changed: 0 });
    expect(mergeActivity(here, here)).toBe(here);
  });

  it('is commutative (on disjoint data and in general)', () => {
    const x = state({ '2026-03-01': 600, '2026-03-02': 5 });
    const y = state({ '2026-03-02': 50, '2026-03-03': 1 });
    expect(mergeActivity(x, y)).toEqual(mergeActivity(y, x));
  });

  it('counts days added and days raised', () => {
    expect(diffActivity(state({ '2026-03-01': 600, '2026-03-02': 100 }), state({ '2026-03-01': 600, '2026-03-02': 200, '2026-03-04': 1, '2026-03-05': 9 }))).toEqual({ added: 2, changed: 1 });
  });

  it('reads files through the stored format and refuses impossible days', () => {
    expect(activityDomain.key).toBe('activity');
    expect(decodeVersioned(JSON.stringify(state({ '2026-03-01': 60 })), activityDomain.format)).toMatchObject({ ok: true });
    expect(decodeVersioned(JSON.stringify(state({ '2026-03-01': 86_401 })), activityDomain.format)).toMatchObject({ ok: false });
    expect(decodeVersioned(JSON.stringify(state({ '2026-03-01': 1.5 })), activityDomain.format)).toMatchObject({ ok: false });
    expect(decodeVersioned(JSON.stringify(state({ yesterday: 60 })), activityDomain.format)).toMatchObject({ ok: false });
  });
});
