import { Fragment } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { draftProblems, noteProblem, type DraftProblems, type ListItem } from '../../lib/action/selfcheck.ts';
import { formatBeijingDateTime } from '../../lib/dates.ts';
import { NOTE_MAX, RATINGS, type SelfcheckDraft } from '../../schemas/selfcheck.ts';
import { rateItem, writeNote } from '../../stores/selfcheck.ts';
import { translator } from '../../i18n/translator.ts';
import selfcheckStrings from 'virtual:zh-CN/selfcheck';
import { itemPlace, ratingLabel, type ListProps } from './words.ts';

const t = translator(selfcheckStrings);

interface Props {
  lists: ListProps[];
  /** Every item of both lists in order, as submission needs them. */
  items: ListItem[];
  draft: SelfcheckDraft | null;
  /** Submits; returns the problems when the draft is not ready (nothing is submitted then). */
  onSubmit: () => DraftProblems | undefined;
  /** Asks whether to throw the draft away. */
  onDiscard: () => void;
}

/** One item: its rating as a real radio group, its guidance, and an optional note with a counter. */
function ItemField({ list, item, n, draft, unrated }: { list: ListProps; item: ListProps['items'][number]; n: number; draft: SelfcheckDraft | null; unrated: boolean }) {
  const answer = draft?.answers[item.id];
  const note = answer?.note ?? '';
  const problem = noteProblem(note);
  // Open while it holds a note, until the member closes it.
  const [open, setOpen] = useState<boolean | undefined>(undefined);
  const base = `sc-${item.id}`;
  return (
    <fieldset class={`selfcheck-item${unrated ? ' unrated' : ''}`} id={`item-${item.id}`} data-item={item.id} aria-describedby={item.guidance ? `${base}-guide` : undefined}>
      <legend>{t('selfcheck.item.legend', { n, text: item.text })}</legend>
      {item.guidance && <p class="selfcheck-guidance muted" id={`${base}-guide`}>{item.guidance}</p>}
      {unrated && <p class="action-error">{t('selfcheck.item.unrated')}</p>}
      <div class="selfcheck-ratings">
        {RATINGS.map((rating) => (
          <label class={`selfcheck-rating rating-${rating}`} key={rating}>
            <input type="radio" name={base} value={rating} checked={answer?.rating === rating} onChange={() => rateItem(item.id, rating)} />
            <span>{ratingLabel(list.kind, rating)}</span>
          </label>
        ))}
      </div>
      <details class="selfcheck-note" open={open ?? note !== ''} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{note ? t('selfcheck.note.summaryFilled') : t('selfcheck.note.summary')}</summary>
        <label class="action-field">
          <span>{t('selfcheck.note.label')}</span>
          <textarea
            rows={3}
            value={note}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={`${base}-count${problem ? ` ${base}-error` : ''}`}
            onInput={(e) => writeNote(item.id, e.currentTarget.value)}
          />
        </label>
        <p class={`action-counter${problem ? ' over' : ''}`} id={`${base}-count`}>{t('selfcheck.note.counter', { n: note.trim().length, max: NOTE_MAX })}</p>
        {problem && <p class="action-error" id={`${base}-error`} role="alert">{t('selfcheck.note.tooLong', { max: problem.max, n: problem.length })}</p>}
      </details>
    </fieldset>
  );
}

/** The self-check form: both lists, a saved draft, and what is missing when submission is refused. */
export default function SelfCheckForm({ lists, items, draft, onSubmit, onDiscard }: Props) {
  const [problems, setProblems] = useState<DraftProblems | undefined>();
  const summary = useRef<HTMLDivElement>(null);
  // Problems shown are those of the last attempt, updated as the member fixes them.
  const live = problems ? draftProblems(draft, items) : undefined;
  const rated = items.filter((i) => draft?.answers[i.id]?.rating).length;
  const kindOf = new Map(items.map((i) => [i.id, i.list]));
  const place = (id: string) => itemPlace(kindOf.get(id)!, id, lists);

  const submit = (e: Event) => {
    e.preventDefault();
    const found = onSubmit();
    setProblems(found);
    if (found) requestAnimationFrame(() => summary.current?.focus());
  };

  return (
    <form class="selfcheck-form" onSubmit={submit} noValidate aria-labelledby="selfcheck-form-title">
      <h2 id="selfcheck-form-title" tabIndex={-1}>{t('selfcheck.form.title')}</h2>
      <p class="muted" data-draft-state>
        {draft ? t('selfcheck.form.draftSaved', { when: formatBeijingDateTime(draft.updatedAt) }) : t('selfcheck.form.draftHint')}
      </p>
      {lists.map((list) => (
        <section class="selfcheck-list" key={list.kind} aria-labelledby={`selfcheck-${list.kind}`}>
          <h3 id={`selfcheck-${list.kind}`}>{list.name}</h3>
          <p class="muted">{t(`selfcheck.list.${list.kind}.hint`)}</p>
          {list.items.map((item, i) => (
            <ItemField key={item.id} list={list} item={item} n={i + 1} draft={draft} unrated={!!live?.unrated.includes(item.id)} />
          ))}
        </section>
      ))}
      {live && (live.unrated.length > 0 || live.tooLong.length > 0) && (
        <div class="notice action-problems" ref={summary} tabIndex={-1} role="alert">
          <p>{t('selfcheck.problems.title')}</p>
          <ul>
            {live.unrated.length > 0 && (
              <li>
                {t('selfcheck.problems.unrated', { n: live.unrated.length })}
                {live.unrated.map((id, i) => <Fragment key={id}>{i > 0 && '、'}<a href={`#item-${id}`}>{place(id)}</a></Fragment>)}
              </li>
            )}
            {live.tooLong.length > 0 && (
              <li>
                {t('selfcheck.problems.tooLong', { n: live.tooLong.length, max: NOTE_MAX })}
                {live.tooLong.map(({ id }, i) => <Fragment key={id}>{i > 0 && '、'}<a href={`#item-${id}`}>{place(id)}</a></Fragment>)}
              </li>
            )}
          </ul>
        </div>
      )}
      <div class="action-toolbar selfcheck-submit">
        <p class="selfcheck-progress">{t('selfcheck.form.progress', { done: rated, total: items.length })}</p>
        <button type="submit" class="button">{t('selfcheck.submit')}</button>
        {draft && <button type="button" class="button secondary" onClick={onDiscard}>{t('selfcheck.discard')}</button>}
      </div>
    </form>
  );
}
