import { useStore } from '@nanostores/preact';
import { $activity } from '../../stores/activity.ts';
import { $reading } from '../../stores/reading.ts';
import { $settings, DEFAULT_SETTINGS } from '../../stores/settings.ts';
import { $quiz, EMPTY_QUIZ } from '../../stores/quiz.ts';
import { $notes } from '../../stores/notes.ts';
import { $planProgress } from '../../stores/plan-progress.ts';
import { $selfcheck } from '../../stores/selfcheck.ts';
import { $rectify, EMPTY_RECTIFY } from '../../stores/rectify.ts';
import { EMPTY_ACTIVITY } from '../../lib/activity/state.ts';
import { EMPTY_READING } from '../../lib/reading-progress.ts';
import { EMPTY_NOTES } from '../../lib/notes/state.ts';
import { EMPTY_PLAN_PROGRESS } from '../../lib/plan/progress.ts';
import { EMPTY_SELFCHECK } from '../../lib/action/selfcheck.ts';
import { useMounted } from '../use-client-store.ts';

/** What the server builds with: no member data at all. */
const EMPTY = {
  activity: EMPTY_ACTIVITY,
  reading: EMPTY_READING,
  settings: DEFAULT_SETTINGS,
  quiz: EMPTY_QUIZ,
  notes: EMPTY_NOTES,
  plan: EMPTY_PLAN_PROGRESS,
  selfcheck: EMPTY_SELFCHECK,
  rectify: EMPTY_RECTIFY,
};

/**
 * Every personal-data store the 学习档案 dashboard and its printout summarise, kept current.
 * `mounted` is false in the server render and the hydrating render, which then see the empty
 * stores, so the page can be built with the same layout a new member sees (no layout shift).
 */
export function useArchiveStores() {
  const live = {
    activity: useStore($activity),
    reading: useStore($reading),
    settings: useStore($settings),
    quiz: useStore($quiz),
    notes: useStore($notes),
    plan: useStore($planProgress),
    selfcheck: useStore($selfcheck),
    rectify: useStore($rectify),
  };
  const mounted = useMounted();
  return { mounted, ...(mounted ? live : EMPTY) };
}
