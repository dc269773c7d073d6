import type { PlanEvent } from '../../lib/plan/events.ts';
import type { Lecturer } from '../../schemas/plan-vocabulary.ts';
import { translator } from '../../i18n/translator.ts';
import planStrings from 'virtual:zh-CN/plan';
import { dayWords, eventKindWords, lecturerWords, timeWords } from './plan-words.ts';

const t = translator(planStrings);

interface Props {
  event: PlanEvent;
  /** Show the weekday with the date (the month view does; compact lists do not). */
  weekday?: boolean;
}

/**
 * One dated item as a list entry: when, what kind, what about, and who. Rendered on the server
 * by the year pages and inside the month view island, so both read the same.
 */
export default function EventLine({ event, weekday = true }: Props) {
  const time = timeWords(event);
  return (
    <li class="plan-event" data-event-kind={event.kind} data-event-date={event.date}>
      <span class="plan-event-when">
        {dayWords(event.date, weekday)}
        {time && <span class="plan-event-time"> {time}</span>}
      </span>
      <span class="plan-event-what">
        <span class="plan-event-kind">{eventKindWords(event)}</span>
        {event.lecturer && <span class="tag">{lecturerWords(event.lecturer as Lecturer)}</span>}
        {event.audience === 'leaders' && <span class="tag accent">{t('plan.audience.leaders')}</span>}
        {event.qiyi && <span class="tag accent">{t('plan.heldAtQiyi')}</span>}
        <span class="plan-event-title">{event.title}</span>
        {event.attendees && <span class="muted plan-event-who">{t('plan.attendees', { who: event.attendees })}</span>}
      </span>
    </li>
  );
}
