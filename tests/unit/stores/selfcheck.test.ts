import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'lxyz:v1:selfcheck';
const RECTIFY_KEY = 'lxyz:v1:rectify';

// Stores read storage when their module loads, so every test loads fresh copies.
async function load() {
  vi.resetModules();
  const engine = await import('../../../src/stores/engine.ts');
  const selfcheck = await import('../../../src/stores/selfcheck.ts');
  const rectify = await import('../../../src/stores/rectify.ts');
  return { ...engine, ...selfcheck, $rectify: rectify.$rectify };
}

const ITEMS = [
  { id: 'pos-1', list: 'positive' as const, text: '理想信念坚定' },
  { id: 'neg-1', list: 'negative' as const, text: '组织纪律散漫' },
];
const NOW = new Date('2026-03-05T02:00:00Z');

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('selfcheck store', () => {
  it('keeps the draft across page loads and submits it as a dated check', async () => {
    const first = await load();
    first.rateItem('pos-1', 'ok', NOW);
    first.writeNote('neg-1', '有一次没请假', NOW);
    expect(first.submitSelfcheck(ITEMS, NOW)).toMatchObject({ ok: false, problems: { unrated: ['neg-1'] } });

    const second = await load();
    expect(second.$selfcheck.get().draft?.answers).toEqual({ 'pos-1': { rating: 'ok' }, 'neg-1': { note: '有一次没请假' } });
    second.rateItem('neg-1', 'gap', NOW);
    const result = second.submitSelfcheck(ITEMS, NOW);
    expect(result.ok).toBe(true);
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    expect(stored.draft).toBeNull();
    expect(stored.checks).toHaveLength(1);
    expect(stored.checks[0]).toMatchObject({ day: '2026-03-05', items: [{ id: 'pos-1', rating: 'ok' }, { id: 'neg-1', rating: 'gap', note: '有一次没请假' }] });
  });

  it('deletes a check and puts it back on undo', async () => {
    const s = await load();
    s.rateItem('pos-1', 'ok', NOW);
    s.rateItem('neg-1', 'ok', NOW);
    const made = s.submitSelfcheck(ITEMS, NOW);
    if (!made.ok) throw new Error('not submitted');
    const removed = s.deleteCheck(made.value.id);
    expect(removed).toEqual(made.value);
    expect(s.$selfcheck.get().checks).toEqual([]);
    expect(s.deleteCheck(made.value.id)).toBeUndefined();
    s.restoreCheck(removed!);
    s.restoreCheck(removed!);
    expect(s.$selfcheck.get().checks).toEqual([made.value]);
  });

  it('discards a draft and restores it unless a new one was started', async () => {
    const s = await load();
    s.rateItem('pos-1', 'partly', NOW);
    const draft = s.discardDraft();
    expect(s.$selfcheck.get().draft).toBeNull();
    s.restoreDraft(draft!);
    expect(s.$selfcheck.get().draft).toEqual(draft);
    s.discardDraft();
    s.rateItem('neg-1', 'gap', NOW);
    s.restoreDraft(draft!);
    expect(s.$selfcheck.get().draft?.answers).toEqual({ 'neg-1': { rating: 'gap' } });
  });

  it('sends each gap to the 整改清单 once, with origin selfcheck and originRef <check>:<item>', async () => {
    const s = await load();
    s.rateItem('pos-1', 'gap', NOW);
    s.rateItem('neg-1', 'gap', NOW);
    const made = s.submitSelfcheck(ITEMS, NOW);
    if (!made.ok) throw new Error('not submitted');
    const check = made.value;
    const texts = new Map([['pos-1', '正面清单“理想信念坚定”：有差距'], ['neg-1', '负面清单“组织纪律散漫”：存在']]);

    const first = s.sendGapsToRectify(check, new Map([['pos-1', texts.get('pos-1')!]]), NOW);
    expect(first).toHaveLength(1);
    expect(s.sendGapsToRectify(check, texts, NOW)).toHaveLength(1);
    expect(s.sendGapsToRectify(check, texts, NOW)).toEqual([]);

    const items = JSON.parse(localStorage.getItem(RECTIFY_KEY) ?? '{}').items;
    expect(items.map((i: { problem: string; origin: string; originRef: string; status: string }) => [i.problem, i.origin, i.originRef, i.status])).toEqual([
      ['正面清单“理想信念坚定”：有差距', 'selfcheck', `${check.id}:pos-1`, 'todo'],
      ['负面清单“组织纪律散漫”：存在', 'selfcheck', `${check.id}:neg-1`, 'todo'],
    ]);
    expect(s.sentRefs()).toEqual(new Set([`${check.id}:pos-1`, `${check.id}:neg-1`]));
  });

  it('keeps unreadable data aside and starts empty', async () => {
    localStorage.setItem(KEY, '{"version":1,"draft":null,"checks":[{"id":"x"}]}');
    const s = await load();
    expect(s.$selfcheck.get()).toEqual({ version: 1, draft: null, checks: [] });
    expect(Object.keys(localStorage).some((k) => k.startsWith(`lxyz:backup:${KEY}:`))).toBe(true);
    expect(s.$storageNotices.get()[0]).toMatchObject({ kind: 'corrupt', key: KEY });
  });
});
