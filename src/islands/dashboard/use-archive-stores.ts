import { useStore } from '@nanostores/preact';
import { $activity } from '../../stores/activity.ts';
import { $reading } from '../../stores/reading.ts';
import { $settings } from '../../stores/settings.ts';
import { $quiz } from '../../stores/quiz.ts';
import { $notes } from '../../stores/notes.ts';
import { $planProgress } from '../../stores/plan-progress.ts';
import { $selfcheck } from '../../stores/selfcheck.ts';
import { $rectify } from '../../stores/rectify.ts';

/** Every personal-data store the 学习档案 dashboard and its printout summarise, kept current. */
export function useArchiveStores() {
  return {
    activity: useStore($activity),
    reading: useStore($reading),
    settings: useStore($settings),
    quiz: useStore($quiz),
    notes: useStore($notes),
    plan: useStore($planProgress),
    selfcheck: useStore($selfcheck),
    rectify: useStore($rectify),
  };
}
