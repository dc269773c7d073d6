// Study-time tracker for 学习考勤, included by document and quiz pages. Counts time while the page
// is visible and the member has interacted in the last minute (rules in src/lib/activity/clock.ts),
// keeps it in memory and writes it every FLUSH_MS, when the tab is hidden and when the page goes.
import { advance, interact, setVisible, startClock, type ClockStep } from '../lib/activity/clock.ts';
import { addInterval, takeWholeSeconds, type DayMillis } from '../lib/activity/accounting.ts';
import { recordStudySeconds } from '../stores/activity.ts';

/** How often counted time is written to storage. */
const FLUSH_MS = 15_000;
/** Scrolling and pointer moves fire many times a second; one sign of life a second is plenty. */
const INPUT_THROTTLE_MS = 1_000;

const visibleNow = () => document.visibilityState === 'visible';
let clock = startClock(Date.now(), visibleNow());
let pending: DayMillis = {};
let lastInput = 0;

function take(step: ClockStep): void {
  clock = step.state;
  if (step.span) pending = addInterval(pending, step.span[0], step.span[1]);
}

function flush(): void {
  take(advance(clock, Date.now()));
  const { seconds, rest } = takeWholeSeconds(pending);
  pending = rest;
  if (Object.keys(seconds).length > 0) recordStudySeconds(seconds);
}

function onInput(): void {
  const now = Date.now();
  if (now - lastInput < INPUT_THROTTLE_MS) return;
  lastInput = now;
  take(interact(clock, now));
}

for (const type of ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll']) {
  window.addEventListener(type, onInput, { passive: true, capture: true });
}
document.addEventListener('visibilitychange', () => {
  take(setVisible(clock, visibleNow(), Date.now()));
  if (!visibleNow()) flush();
});
window.addEventListener('pagehide', flush);
window.setInterval(flush, FLUSH_MS);

export {};
