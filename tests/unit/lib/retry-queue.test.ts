import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retryQueue } from '../../../src/lib/retry-queue.ts';

/** A module load that fails `failures` times, then gives a log to write into; counts its calls. */
function flakyLoad(failures: number) {
  const log: string[] = [];
  let calls = 0;
  let left = failures;
  const load = vi.fn(async () => {
    calls += 1;
    if (left > 0) {
      left -= 1;
      throw new Error('network');
    }
    return log;
  });
  return { load, log, calls: () => calls, failMore: (n: number) => (left = n) };
}

function setUp(failures: number) {
  const module = flakyLoad(failures);
  const events: string[] = [];
  const queue = retryQueue<string[]>({
    load: module.load,
    delays: [1000, 3000, 9000],
    onStuck: () => events.push('stuck'),
    onResumed: () => events.push('resumed'),
  });
  return { ...module, events, queue };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('retryQueue', () => {
  it('applies changes in the order asked for and passes each result back', async () => {
    const { queue, log, events } = setUp(0);
    const results = Promise.all([queue.run((l) => l.push('a')), queue.run((l) => l.push('b')), queue.run((l) => l.push('c'))]);
    await expect(results).resolves.toEqual([1, 2, 3]);
    expect(log).toEqual(['a', 'b', 'c']);
    expect(events).toEqual([]);
  });

  it('tries again after 1, 3 and 9 s, and says nothing when a retry succeeds', async () => {
    const { queue, log, events, calls } = setUp(3);
    const done = queue.run((l) => l.push('a'));
    await vi.advanceTimersByTimeAsync(999);
    expect(calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(3000);
    expect(calls()).toBe(3);
    await vi.advanceTimersByTimeAsync(9000);
    await expect(done).resolves.toBe(1);
    expect(log).toEqual(['a']);
    expect(events).toEqual([]);
  });

  it('keeps the changes and reports once every try failed; retry applies them in order', async () => {
    const { queue, log, events, calls } = setUp(4);
    let settled = false;
    const first = queue.run((l) => l.push('answer')).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(13_000);
    expect(calls()).toBe(4);
    expect(events).toEqual(['stuck']);
    expect(settled).toBe(false);
    expect(log).toEqual([]);
    await expect(queue.retry()).resolves.toBe(true);
    await expect(first).resolves.toBe(1);
    expect(log).toEqual(['answer']);
    expect(events).toEqual(['stuck', 'resumed']);
  });

  it('tries once on retry, without pauses, and keeps the changes when it fails again', async () => {
    const { queue, log, events, calls, failMore } = setUp(4);
    void queue.run((l) => l.push('a'));
    await vi.advanceTimersByTimeAsync(13_000);
    failMore(1);
    await expect(queue.retry()).resolves.toBe(false);
    expect(calls()).toBe(5);
    expect(events).toEqual(['stuck', 'stuck']);
    await expect(queue.retry()).resolves.toBe(true);
    expect(log).toEqual(['a']);
  });

  it('a change asked for while stuck tries again itself, and lands after the earlier ones', async () => {
    const { queue, log, events } = setUp(4);
    void queue.run((l) => l.push('first'));
    void queue.run((l) => l.push('second'));
    await vi.advanceTimersByTimeAsync(13_000);
    expect(events).toEqual(['stuck']);
    const third = queue.run((l) => l.push('third'));
    await expect(third).resolves.toBe(3);
    expect(log).toEqual(['first', 'second', 'third']);
    expect(events).toEqual(['stuck', 'resumed']);
  });

  it('joins a pass under way rather than starting another', async () => {
    const { queue, calls } = setUp(1);
    const done = queue.run((l) => l.push('a'));
    const retried = queue.retry();
    await vi.advanceTimersByTimeAsync(1000);
    await expect(retried).resolves.toBe(true);
    await done;
    expect(calls()).toBe(2);
  });

  it('rejects only the change that throws; the ones after it are applied', async () => {
    const { queue, log } = setUp(0);
    const broken = queue.run(() => {
      throw new Error('bad');
    });
    const next = queue.run((l) => l.push('next'));
    await expect(broken).rejects.toThrow('bad');
    await expect(next).resolves.toBe(1);
    expect(log).toEqual(['next']);
  });

  it('starts a new pass for a change asked for as an earlier one is applied', async () => {
    const { queue, log } = setUp(0);
    const chained = queue.run((l) => l.push('a')).then(() => queue.run((l) => l.push('b')));
    await expect(chained).resolves.toBe(2);
    expect(log).toEqual(['a', 'b']);
  });

  it('resolves a retry with nothing waiting at once', async () => {
    const { queue, calls } = setUp(0);
    await expect(queue.retry()).resolves.toBe(true);
    expect(calls()).toBe(0);
  });
});
