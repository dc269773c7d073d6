import { useState } from 'preact/hooks';
import type { Role } from '../../schemas/site-config.ts';
import type { RectifyState } from '../../schemas/rectify.ts';
import { NOTE_MAX, noteProblem, orderChecklists } from '../../lib/action/chabai.ts';
import { formatBeijingDateTime } from '../../lib/dates.ts';
import { $role } from '../../stores/role.ts';
import { $rectify, addRectification, saveChabaiAnswer } from '../../stores/rectify.ts';
import { translator } from '../../i18n/translator.ts';
import rectifyStrings from 'virtual:zh-CN/rectify';
import { useClientStore } from '../use-client-store.ts';

const t = translator(rectifyStrings);

/** One checklist as the page passes it (from content/lists/chabai.yaml, already checked). */
export interface ChecklistProp {
  id: string;
  title: string;
  roles: string[];
  method?: string;
  solve?: string;
  questions: { id: string; check: string }[];
}

interface Props {
  lists: ChecklistProp[];
  /** Roles from site.config.ts; the first stands in until the member chooses one. */
  roles: Role[];
  /** Link to the plan's paragraph the checklists quote. */
  planHref: string;
  /** Link to the 党性体检. */
  selfcheckHref: string;
}

type Question = ChecklistProp['questions'][number];
const without = (record: Record<string, string>, key: string) => {
  const { [key]: _gone, ...rest } = record;
  return rest;
};

/**
 * Guided 查摆: the plan's questions for 领导班子, 党支部 or 党员 (the member's own first), each
 * answered with a note that is saved when the member leaves the box, and offered as a 整改 entry.
 */
export default function ChabaiChecklist({ lists, roles, planHref, selfcheckHref }: Props) {
  const roleId = useClientStore($role, undefined) ?? roles[0]?.id;
  const state = useClientStore<RectifyState | null>($rectify, null);
  const [chosen, setChosen] = useState<string | undefined>();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');

  const ordered = orderChecklists(lists, roleId);
  const current = ordered.find((l) => l.id === chosen) ?? ordered[0];
  if (!current) return null;
  const answers = state?.chabai ?? {};
  const answerOf = (listId: string, q: Question) => answers[listId]?.[q.id];
  const textOf = (q: Question) => drafts[q.id] ?? answerOf(current.id, q)?.note ?? '';

  const save = (q: Question, announce: boolean): boolean => {
    const text = textOf(q);
    const problem = noteProblem(text);
    if (problem) {
      setErrors((e) => ({ ...e, [q.id]: t('rectify.chabai.tooLong', { max: problem.max, length: problem.length }) }));
      return false;
    }
    const had = answerOf(current.id, q) !== undefined;
    saveChabaiAnswer(current.id, q.id, text);
    setErrors((e) => without(e, q.id));
    setDrafts((d) => without(d, q.id));
    if (announce) setMessage(text.trim() ? t('rectify.chabai.savedNote', { check: q.check }) : had ? t('rectify.chabai.cleared', { check: q.check }) : '');
    return true;
  };

  const toList = (q: Question) => {
    const text = textOf(q).trim();
    if (!text) {
      setErrors((e) => ({ ...e, [q.id]: t('rectify.chabai.needNote') }));
      document.getElementById(`chabai-${q.id}`)?.focus();
      return;
    }
    if (!save(q, false)) return;
    addRectification({ problem: text, origin: 'chabai', originRef: q.id });
    setMessage(t('rectify.chabai.added', { check: q.check }));
  };

  return (
    <div class="chabai">
      <fieldset class="chabai-choose">
        <legend>{t('rectify.chabai.choose')}</legend>
        {ordered.map((list) => {
          const done = list.questions.filter((q) => answerOf(list.id, q)).length;
          return (
            <label key={list.id} class="chabai-option">
              <input type="radio" name="chabai-list" value={list.id} checked={list.id === current.id} onChange={() => setChosen(list.id)} />
              <span class="chabai-option-title">{list.title}</span>
              <span class="muted">{t('rectify.chabai.progress', { done, total: list.questions.length })}</span>
              {roleId !== undefined && list.roles.includes(roleId) && <span class="tag accent">{t('rectify.chabai.yours')}</span>}
            </label>
          );
        })}
      </fieldset>

      <section class="chabai-list" aria-labelledby="chabai-list-heading" data-checklist={current.id}>
        <h3 id="chabai-list-heading">{t('rectify.chabai.listHeading', { title: current.title })}</h3>
        {current.method && (
          <figure class="chabai-quote">
            <figcaption>{t('rectify.chabai.method')}</figcaption>
            <blockquote>{current.method}</blockquote>
          </figure>
        )}
        {current.solve && (
          <figure class="chabai-quote">
            <figcaption>{t('rectify.chabai.solve')}</figcaption>
            <blockquote>{current.solve}</blockquote>
          </figure>
        )}
        <p class="chabai-source"><a href={planHref}>{t('rectify.chabai.source')}</a></p>
        {state === null ? (
          <p class="muted">{t('rectify.loading')}</p>
        ) : (
          <ol class="chabai-questions">
            {current.questions.map((q) => {
              const id = `chabai-${q.id}`;
              const answer = answerOf(current.id, q);
              const text = textOf(q);
              const dirty = drafts[q.id] !== undefined && drafts[q.id] !== (answer?.note ?? '');
              const error = errors[q.id];
              const item = state.items.find((i) => i.origin === 'chabai' && i.originRef === q.id);
              return (
                <li key={q.id} class="chabai-question" data-question-id={q.id}>
                  <label for={id} class="chabai-check">{q.check}</label>
                  <textarea
                    id={id}
                    rows={3}
                    value={text}
                    aria-invalid={error ? 'true' : undefined}
                    aria-describedby={`${id}-hint ${id}-state${error ? ` ${id}-error` : ''}`}
                    onInput={(e) => {
                      const value = e.currentTarget.value;
                      setDrafts((d) => ({ ...d, [q.id]: value }));
                      // Cleared while typing, not on leaving the box: a message vanishing as the
                      // member presses a button below would move the button away from the pointer.
                      if (error) setErrors((all) => without(all, q.id));
                    }}
                    onBlur={() => drafts[q.id] !== undefined && save(q, false)}
                  />
                  <p id={`${id}-hint`} class="field-hint">{t('rectify.chabai.noteHint', { max: NOTE_MAX })}</p>
                  {error && <p id={`${id}-error`} class="field-error" role="alert">{error}</p>}
                  <div class="chabai-row">
                    <span id={`${id}-state`} class="chabai-state">
                      {dirty
                        ? t('rectify.chabai.unsaved')
                        : answer
                          ? t('rectify.chabai.saved', { when: formatBeijingDateTime(answer.updatedAt) })
                          : t('rectify.chabai.empty')}
                    </span>
                    <button type="button" class="button secondary small" onClick={() => save(q, true)}>{t('rectify.chabai.save')}</button>
                    {item ? (
                      <span class="chabai-in-list" data-in-list={item.id}>
                        {t('rectify.chabai.inList')} <a href={`#item-${item.id}`}>{t('rectify.chabai.view')}</a>
                      </span>
                    ) : (
                      <button type="button" class="button small" onClick={() => toList(q)}>{t('rectify.chabai.toList')}</button>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <p class="chabai-selfcheck">
        {t('rectify.chabai.selfcheck')} <a href={selfcheckHref}>{t('rectify.chabai.selfcheckLink')}</a>
      </p>
      <p class="rectify-announce" role="status">{message}</p>
    </div>
  );
}
