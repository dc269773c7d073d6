// 学习考勤 on document and quiz pages: notes when the page opened and when it was hidden or shown,
// and loads the clock (src/scripts/study-clock.ts) at the member's first interaction, or when the
// page is hidden before one so the time already counted is written. The clock then counts from
// the opening, so arriving on a page still counts as study, as it always did.
import type { ClockEvent } from '../lib/activity/clock.ts';
import { onFirstInteraction } from './first-interaction.ts';

const openedAt = Date.now();
const visibleAtOpen = document.visibilityState === 'visible';
const events: ClockEvent[] = [];
const noteVisibility = () => {
  events.push({ at: Date.now(), visible: document.visibilityState === 'visible' });
  if (document.visibilityState === 'hidden') start();
};
let started = false;

function start(input?: boolean): void {
  if (input) events.push({ at: Date.now(), input: true });
  if (started) return;
  started = true;
  import('./study-clock.ts').then(
    (clock) => {
      // From here the clock follows visibility itself.
      document.removeEventListener('visibilitychange', noteVisibility);
      clock.runStudyClock(openedAt, visibleAtOpen, events);
    },
    // Offline for a moment: the next interaction tries again.
    () => {
      started = false;
      onFirstInteraction(() => start(true));
    },
  );
}

document.addEventListener('visibilitychange', noteVisibility);
onFirstInteraction(() => start(true));
