import { useRef } from 'preact/hooks';
import { BLANK_PATTERN, OPTION_LETTERS } from '../../schemas/question-vocabulary.ts';
import type { QuizQuestion } from '../../lib/quiz/quiz-bank.ts';
import { isAnswered, isCorrect, type Answer } from '../../lib/quiz/scoring.ts';
import { translator } from '../../i18n/translator.ts';
import quizStrings from 'virtual:zh-CN/quiz';
import { correctAnswerText } from './answer-text.ts';
import CorrectionButton, { type Contact } from './CorrectionButton.tsx';

const t = translator(quizStrings);
type UiKey = keyof typeof quizStrings;

interface Props {
  /** The question on screen. */
  question: QuizQuestion;
  /** Its position, 1-based, and how many there are. */
  number: number;
  total: number;
  /** The answer chosen so far. */
  answer: Answer | undefined;
  /** Called as the member changes the answer. */
  onAnswer: (answer: Answer) => void;
  /** Show whether it was right, the right answer and the explanation; inputs lock. */
  revealed: boolean;
  /** Hand in this answer (Enter does the same); absent in an exam, which is handed in as a whole. */
  onSubmit?: () => void;
  /** Whether the question is in 收藏, and how to toggle it. */
  starred: boolean;
  onStar: () => void;
  /** Who receives 纠错 reports. */
  contact: Contact;
}

const TYPE_LABEL: Record<QuizQuestion['type'], UiKey> = {
  single: 'quiz.type.single',
  multiple: 'quiz.type.multiple',
  judge: 'quiz.type.judge',
  fill: 'quiz.type.fill',
};

/**
 * One question with real radio buttons, checkboxes or text boxes. Keys: 1–6 or A–F choose an
 * option, arrows move between options, Enter hands the answer in. The outcome is announced in a
 * live region and written out in words, never shown by colour alone.
 */
export default function QuestionView(props: Props) {
  const { question: q, answer, revealed, onAnswer } = props;
  const root = useRef<HTMLElement>(null);
  const name = `q-${q.id}`;
  const ok = revealed && isCorrect(q, answer);
  // An exam handed in with this question left empty: said as such, not as a wrong answer.
  const skipped = revealed && !isAnswered(q, answer);
  const choices: { value: string; label: string }[] =
    q.type === 'judge'
      ? [
          { value: 'true', label: t('quiz.judge.true') },
          { value: 'false', label: t('quiz.judge.false') },
        ]
      : q.type === 'fill'
        ? []
        : q.options.map((text, i) => ({ value: OPTION_LETTERS[i]!, label: text }));

  const isChosen = (value: string) =>
    q.type === 'judge' ? answer === (value === 'true') : Array.isArray(answer) ? answer.includes(value) : answer === value;

  const choose = (value: string) => {
    if (revealed) return;
    if (q.type === 'judge') onAnswer(value === 'true');
    else if (q.type === 'multiple') {
      const current = Array.isArray(answer) ? answer : [];
      onAnswer(current.includes(value) ? current.filter((v) => v !== value) : [...current, value].sort());
    } else onAnswer(value);
  };

  const submit = () => {
    if (props.onSubmit && !revealed && isAnswered(q, answer)) props.onSubmit();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const typing = target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text');
    if (e.key === 'Enter' && target.tagName !== 'BUTTON' && target.tagName !== 'A' && target.tagName !== 'TEXTAREA') {
      e.preventDefault();
      submit();
      return;
    }
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toUpperCase();
    const index = /^[1-6]$/.test(key) ? Number(key) - 1 : OPTION_LETTERS.indexOf(key as (typeof OPTION_LETTERS)[number]);
    if (index >= 0 && index < choices.length) {
      e.preventDefault();
      choose(choices[index]!.value);
      root.current?.querySelectorAll<HTMLInputElement>('.q-choice input')[index]?.focus();
      return;
    }
    // Radios move with arrows natively; checkboxes do not, so move focus the same way for both.
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && q.type === 'multiple') {
      const inputs = [...(root.current?.querySelectorAll<HTMLInputElement>('.q-choice input') ?? [])];
      const at = inputs.indexOf(target as HTMLInputElement);
      if (at >= 0) {
        e.preventDefault();
        inputs[(at + (e.key === 'ArrowDown' ? 1 : inputs.length - 1)) % inputs.length]?.focus();
      }
    }
  };

  const blanks = q.type === 'fill' ? q.answer.length : 0;
  const fills = Array.isArray(answer) ? answer : [];
  let blank = 0;
  // Number the blanks only when there is more than one, to match the labels of the boxes.
  const stem = q.type === 'fill' ? q.stem.replace(BLANK_PATTERN, () => (blanks > 1 ? `（${++blank}）____` : '____')) : q.stem;

  return (
    <article ref={root} class="question" data-question-id={q.id} data-revealed={revealed ? (ok ? 'right' : skipped ? 'unanswered' : 'wrong') : undefined} onKeyDown={onKeyDown}>
      <p class="q-meta">
        <span>{t('quiz.position', { n: props.number, total: props.total })}</span>
        <span class="q-type">{t(TYPE_LABEL[q.type])}</span>
        {!q.checked && <span class="q-unchecked" title={t('quiz.uncheckedHint')}>{t('quiz.unchecked')}</span>}
      </p>
      <fieldset class="q-body" disabled={revealed}>
        <legend class="q-stem">{stem}</legend>
        {q.type === 'fill' ? (
          <div class="q-blanks">
            {Array.from({ length: blanks }, (_, i) => (
              <label class="q-blank" key={i}>
                <span>{t('quiz.blank', { n: i + 1 })}</span>
                <input
                  type="text"
                  autocomplete="off"
                  value={fills[i] ?? ''}
                  onInput={(e) => {
                    const next = Array.from({ length: blanks }, (_, j) => fills[j] ?? '');
                    next[i] = e.currentTarget.value;
                    onAnswer(next);
                  }}
                />
              </label>
            ))}
          </div>
        ) : (
          <ul class="q-choices" role="presentation">
            {choices.map((c) => (
              <li key={c.value}>
                <label class="q-choice" data-correct={revealed && isRightChoice(q, c.value) ? '' : undefined}>
                  <input
                    type={q.type === 'multiple' ? 'checkbox' : 'radio'}
                    name={name}
                    value={c.value}
                    checked={isChosen(c.value)}
                    onChange={() => choose(c.value)}
                  />
                  {/* 正确/错误 need no letter or number in front of them. */}
                  {q.type !== 'judge' && <span class="q-letter" aria-hidden="true">{c.value}</span>}
                  <span class="q-text">{c.label}</span>
                  {revealed && isRightChoice(q, c.value) && <span class="q-mark">{t('quiz.rightOption')}</span>}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div class="q-feedback" role="status" aria-live="polite">
        {revealed && (
          <>
            <p class={ok ? 'q-result right' : skipped ? 'q-result unanswered' : 'q-result wrong'}>
              <strong>{ok ? t('quiz.right') : skipped ? t('quiz.unanswered') : t('quiz.wrong')}</strong>
              {!ok && <span>{t('quiz.correctAnswer', { answer: correctAnswerText(q) })}</span>}
            </p>
            <p class="q-explanation">{t('quiz.explanation')}{q.explanation}</p>
          </>
        )}
      </div>
      <p class="q-source">
        {t('quiz.source')}
        <a href={q.href}>{q.where}</a>
      </p>
      <div class="q-actions">
        {props.onSubmit && !revealed && (
          <button type="button" class="button" onClick={submit} disabled={!isAnswered(q, answer)}>{t('quiz.submit')}</button>
        )}
        <button type="button" class="button secondary small" aria-pressed={props.starred} onClick={props.onStar}>
          {props.starred ? t('quiz.starred') : t('quiz.star')}
        </button>
        <CorrectionButton question={q} contact={props.contact} />
      </div>
    </article>
  );
}

function isRightChoice(q: QuizQuestion, value: string): boolean {
  if (q.type === 'judge') return q.answer === (value === 'true');
  if (q.type === 'multiple') return q.answer.includes(value as (typeof OPTION_LETTERS)[number]);
  return q.type === 'single' && q.answer === value;
}
