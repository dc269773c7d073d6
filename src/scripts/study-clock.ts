// Study-time tracker for 学习考勤, loaded by src/scripts/study-clock-start.ts on document and quiz
// pages at the member's first interaction. Counts time while the page is visible and the member has
// interacted in the last minute (rules in src/lib/activity/clock.ts), from the moment the page
// opened; keeps it in memory and writes it every FLUSH_MS, when the tab is hidden and when the page goes.
import { advance, interact, replayClock, setVisible, type ClockEvent, type ClockStep } from '../lib/activity/clock.ts';
import { addInterval, takeWholeSeconds, type DayMillis } from '../lib/activity/accounting.ts';
import { recordStudySeconds } from '../stores/activity.ts';

/** How often counted time is written to storage. */
const FLUSH_MS = 15_000;
/** Scrolling and pointer moves fire many times a second; one sign of life a second is plenty. */
const INPUT_THROTTLE_MS = 1_000;

/**
 * Starts the clock as if it had run since `openedAt`, when the page was `visible` or not, with the
 * visibility changes and the interaction seen since then.
 */
export function runStudyClock(openedAt: number, visible: boolean, events: readonly ClockEvent[]): void {
  const visibleNow = () => document.visibilityState === 'visible';
  const caughtUp = replayClock(openedAt, visible, events);
  let clock = caughtUp.state;
  let pending: DayMillis = caughtUp.spans.reduce((sum, [from, to]) => addInterval(sum, from, to), {} as DayMillis);
  let lastInput = 0;

  const take = (step: ClockStep) => {
    clock = step.state;
    if (step.span) pending = addInterval(pending, step.span[0], step.span[1]);
  };
  const flush = () => {
    take(advance(clock, Date.now()));
    const { seconds, rest } = takeWholeSeconds(pending);
    pending = rest;
    if (Object.keys(seconds).length > 0) recordStudySeconds(seconds);
  };
  const onInput = () => {
    const now = Date.now();
    if (now - lastInput < INPUT_THROTTLE_MS) return;
    lastInput = now;
    take(interact(clock, now));
  };

  for (const type of ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll']) {
    window.addEventListener(type, onInput, { passive: true, capture: true });
  }
  document.addEventListener('visibilitychange', () => {
    take(setVisible(clock, visibleNow(), Date.now()));
    if (!visibleNow()) flush();
  });
  window.addEventListener('pagehide', flush);
  window.setInterval(flush, FLUSH_MS);
  // Hidden before the code arrived: what was counted is written now.
  if (!visibleNow()) flush();
}
