/**
 * When a page's time counts as study: while it is visible and the member has read, scrolled,
 * clicked or typed within the last {@link IDLE_MS}. A page left open while the member is away
 * stops counting a minute after the last sign of life; a hidden tab never counts.
 *
 * Pure state machine: the tracker reports events with their times and receives the spans of
 * active time to record, so the rules are tested without a browser or real time.
 */

/** How long after the last interaction a visible page still counts as being studied. */
export const IDLE_MS = 60_000;

/** The clock between events. */
export interface ClockState {
  /** Whether the page is on screen. */
  visible: boolean;
  /** When the member last interacted (ms since the epoch); null before any interaction. */
  lastInput: number | null;
  /** Up to when time has been accounted for; nothing before it is ever counted again. */
  countedTo: number;
}

/** The clock after an event, and the active span [from, to) since the last event, if any. */
export interface ClockStep {
  state: ClockState;
  span?: [number, number];
}

/**
 * A clock for a page that has just opened. Arriving on a visible page is itself an
 * interaction (the member just chose it); a page opened in the background waits for one.
 */
export function startClock(now: number, visible: boolean): ClockState {
  return { visible, lastInput: visible ? now : null, countedTo: now };
}

/**
 * Accounts for time up to `now`: the active part since `countedTo` is returned as a span. A
 * clock that went backwards (the device's time was changed) counts nothing and starts from `now`.
 */
export function advance(state: ClockState, now: number): ClockStep {
  const next = { ...state, countedTo: Math.max(now, state.countedTo) };
  if (now < state.countedTo) return { state: { ...state, countedTo: now } };
  if (!state.visible || state.lastInput === null) return { state: next };
  const end = Math.min(now, state.lastInput + IDLE_MS);
  return end > state.countedTo ? { state: next, span: [state.countedTo, end] } : { state: next };
}

/** The member interacted at `now`: time so far is accounted for, and the next minute may count. */
export function interact(state: ClockState, now: number): ClockStep {
  const step = advance(state, now);
  return { ...step, state: { ...step.state, lastInput: now } };
}

/** The page was shown or hidden at `now`: time so far is accounted for under the old visibility. */
export function setVisible(state: ClockState, visible: boolean, now: number): ClockStep {
  const step = advance(state, now);
  return { ...step, state: { ...step.state, visible } };
}

/** A sign of the member kept by the page before the clock's code was running: a visibility change or an interaction. */
export type ClockEvent = { at: number; visible: boolean } | { at: number; input: true };

/**
 * The clock of a page opened at `openedAt`, brought up to date with what happened since, as if it
 * had been running from the start: pages load the clock's code only at the member's first
 * interaction, and arriving must still count. Returns the clock and the active spans to record.
 */
export function replayClock(openedAt: number, visible: boolean, events: readonly ClockEvent[]): { state: ClockState; spans: [number, number][] } {
  let state = startClock(openedAt, visible);
  const spans: [number, number][] = [];
  for (const event of [...events].sort((a, b) => a.at - b.at)) {
    const step = 'input' in event ? interact(state, event.at) : setVisible(state, event.visible, event.at);
    state = step.state;
    if (step.span) spans.push(step.span);
  }
  return { state, spans };
}
