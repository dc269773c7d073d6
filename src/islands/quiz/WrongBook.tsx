import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { QuizQuestion } from '../../lib/quiz/quiz-bank.ts';
import { dueIds, upcoming, type Scheduler } from '../../lib/quiz/wrong-book.ts';
import { formatBeijingDateTime } from '../../lib/dates.ts';
import { $quiz, dismissWrong, recordWrongReview } from '../../stores/quiz.ts';
import { translator } from '../../i18n/translator.ts';
import quizStrings from 'virtual:zh-CN/quiz';
import quizWrongStrings from 'virtual:zh-CN/quizWrong';
import { useQuizBank } from './use-quiz-bank.ts';
import BankStatus from './BankStatus.tsx';
import Runner from './Runner.tsx';
import type { Contact } from './CorrectionButton.tsx';

const t = translator({ ...quizStrings, ...quizWrongStrings });

/**
 * 错题本: every question answered wrong, due for review by FSRS; three right reviews in a row, or
 * the member's say-so, take it out. The scheduler loads only when a review starts.
 */
export default function WrongBook({ contact }: { contact: Contact }) {
  const state = useQuizBank();
  const wrong = useStore($quiz).wrong;
  const [doc, setDoc] = useState('');
  const [review, setReview] = useState<{ questions: QuizQuestion[]; scheduler: Scheduler } | undefined>();
  const [failed, setFailed] = useState(false);
  if (state.status !== 'ready') return <BankStatus state={state} />;

  const byId = new Map(state.bank.questions.map((q) => [q.id, q]));
  const now = new Date();
  const inFilter = (id: string) => !doc || byId.get(id)?.document === doc;
  const due = dueIds(wrong, now).filter(inFilter);
  const later = upcoming(wrong, now).filter(inFilter);
  const gone = Object.keys(wrong).filter((id) => !byId.has(id));
  const practicable = due.filter((id) => byId.has(id));

  if (review) {
    return (
      <>
        <button type="button" class="button secondary small" onClick={() => setReview(undefined)}>{t('quiz.wrong.back')}</button>
        <Runner questions={review.questions} contact={contact} onResult={(q, ok) => recordWrongReview(q.id, ok, review.scheduler)} />
      </>
    );
  }

  const start = async () => {
    try {
      const { fsrsScheduler } = await import('../../lib/quiz/fsrs.ts');
      setReview({ questions: practicable.map((id) => byId.get(id)!), scheduler: fsrsScheduler });
    } catch {
      setFailed(true);
    }
  };

  const row = (id: string, when?: string) => {
    const q = byId.get(id);
    return (
      <li key={id} data-wrong-id={id}>
        <span class="wrong-stem">{q ? q.stem : t('quiz.wrong.gone', { id })}</span>
        <span class="wrong-meta">
          {q && <a href={q.href}>{q.where}</a>}
          {when && <span>{t('quiz.wrong.dueAt', { when })}</span>}
          <span>{t('quiz.wrong.streak', { n: wrong[id]!.streak })}</span>
        </span>
        <button type="button" class="button secondary small" onClick={() => dismissWrong(id)}>{t('quiz.wrong.remove')}</button>
      </li>
    );
  };

  return (
    <div class="wrong-book">
      <label class="field inline">
        <span>{t('quiz.filterDocument')}</span>
        <select value={doc} onChange={(e) => setDoc(e.currentTarget.value)}>
          <option value="">{t('quiz.allDocuments')}</option>
          {state.bank.documents.map((d) => <option key={d.id} value={d.id}>{d.shortTitle}</option>)}
        </select>
      </label>
      <p data-wrong-due={practicable.length}>{t('quiz.wrong.summary', { due: practicable.length, later: later.length })}</p>
      <button type="button" class="button" disabled={practicable.length === 0} onClick={start}>{t('quiz.wrong.start', { n: practicable.length })}</button>
      {failed && <p role="alert">{t('quiz.loadError')}</p>}
      <section aria-labelledby="wrong-due">
        <h2 id="wrong-due">{t('quiz.wrong.due')}</h2>
        {due.length === 0 ? <p>{t('quiz.wrong.noneDue')}</p> : <ul class="wrong-list">{due.map((id) => row(id))}</ul>}
      </section>
      <section aria-labelledby="wrong-later">
        <h2 id="wrong-later">{t('quiz.wrong.upcoming')}</h2>
        {later.length === 0 ? <p>{t('quiz.wrong.noneLater')}</p> : <ul class="wrong-list">{later.map((id) => row(id, formatBeijingDateTime(wrong[id]!.due)))}</ul>}
      </section>
      {gone.length > 0 && <p class="hint">{t('quiz.wrong.goneNote', { n: gone.length })}</p>}
    </div>
  );
}
