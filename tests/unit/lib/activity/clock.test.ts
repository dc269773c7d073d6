import { describe, expect, it } from 'vitest';
import { advance, IDLE_MS, interact, replayClock, setVisible, startClock, type ClockState, type ClockStep } from '../../../../src/lib/activity/clock.ts';

/** Runs events through the clock and returns the counted seconds. */
function run(start: ClockState, events: ((s: ClockState) => ClockStep)[]): number {
  let state = start;
  let counted = 0;
  for (const event of events) {
    const step = event(state);
    state = step.state;
    if (step.span) counted += step.span[1] - step.span[0];
  }
  return counted / 1000;
}
const s = (n: number) => n * 1000;

describe('the study clock', () => {
  it('counts a visible page for a minute after arriving', () => {
    expect(run(startClock(0, true), [(c) => advance(c, s(15)), (c) => advance(c, s(30)), (c) => advance(c, s(300))])).toBe(60);
  });

  it('keeps counting while the member scrolls, and not in idle gaps', () => {
    const seconds = run(startClock(0, true), [
      (c) => interact(c, s(50)), // 0–50 counted
      (c) => advance(c, s(100)), // 50–100 counted (within a minute of 50)
      (c) => interact(c, s(400)), // 110–400 idle: only up to 110
      (c) => advance(c, s(420)), // 400–420
    ]);
    expect(seconds).toBe(50 + 60 + 20);
    expect(IDLE_MS).toBe(60_000);
  });

  it('never counts a hidden tab, even right after an interaction', () => {
    const seconds = run(startClock(0, true), [
      (c) => setVisible(c, false, s(10)), // 0–10 counted
      (c) => interact(c, s(20)),
      (c) => advance(c, s(40)),
      (c) => setVisible(c, true, s(50)),
      (c) => advance(c, s(70)), // 50–70: last input at 20, so up to 80 would count; 70 it is
    ]);
    expect(seconds).toBe(10 + 20);
  });

  it('waits for an interaction when the page opened in the background', () => {
    const seconds = run(startClock(0, false), [(c) => setVisible(c, true, s(5)), (c) => advance(c, s(30)), (c) => interact(c, s(40)), (c) => advance(c, s(45))]);
    expect(seconds).toBe(5);
  });

  it('counts nothing twice, and nothing when the device clock goes back', () => {
    const seconds = run(startClock(s(100), true), [(c) => advance(c, s(110)), (c) => advance(c, s(110)), (c) => advance(c, s(50)), (c) => advance(c, s(60))]);
    // 100–110, then the clock jumps back to 50 and counts nothing from then on as last input (100) + 60 s = 160 is ahead: 50–60.
    expect(seconds).toBe(10 + 10);
  });
});

describe('the study clock started late', () => {
  it('counts from the page opening, as if it had run from the start', () => {
    const late = replayClock(0, true, [{ at: s(20), input: true }]);
    const live = interact(startClock(0, true), s(20));
    expect(late.state).toEqual(live.state);
    expect(late.spans).toEqual([[0, s(20)]]);
  });

  it('follows visibility changes before the first interaction, in time order', () => {
    // Opened in view, hidden at 10 s, shown again at 40 s, first touched at 50 s.
    const { state, spans } = replayClock(0, true, [{ at: s(50), input: true }, { at: s(40), visible: true }, { at: s(10), visible: false }]);
    expect(spans).toEqual([[0, s(10)], [s(40), s(50)]]);
    expect(state).toEqual({ visible: true, lastInput: s(50), countedTo: s(50) });
  });

  it('counts nothing for a page opened in the background until the member interacts', () => {
    const shown = replayClock(0, false, [{ at: s(30), visible: true }]);
    expect(shown.spans).toEqual([]);
    expect(shown.state).toEqual({ visible: true, lastInput: null, countedTo: s(30) });
    const touched = replayClock(0, false, [{ at: s(30), visible: true }, { at: s(45), input: true }]);
    expect(touched.spans).toEqual([]);
    expect(advance(touched.state, s(50)).span).toEqual([s(45), s(50)]);
  });

  it('stops a minute after arriving when the first interaction comes later', () => {
    const { spans } = replayClock(0, true, [{ at: s(300), input: true }]);
    expect(spans).toEqual([[0, s(60)]]);
  });
});
