import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { QuizBank, QuizQuestion } from '../../lib/quiz/quiz-bank.ts';
import { finishInstant, formatClock, isTimedOut, remainingMs } from '../../lib/quiz/exam.ts';
import { isAnswered, isCorrect } from '../../lib/quiz/scoring.ts';
import type { ExamInProgress, ExamResult } from '../../schemas/quiz-state.ts';
import { $quiz, abandonExam, finishExam, saveExamProgress, toggleStar } from '../../stores/quiz.ts';
import { translator } from '../../i18n/translator.ts';
import quizStrings from 'virtual:zh-CN/quiz';
import quizExamStrings from 'virtual:zh-CN/quizExam';
import QuestionView from './QuestionView.tsx';
import { lazyModule } from '../common/lazy.ts';
import type { Contact } from './CorrectionButton.tsx';
import { closeDialog, showDialog } from '../common/dialog.ts';

const t = translator({ ...quizStrings, ...quizExamStrings });

// Marking happens only on 交卷.
const loadPaper = lazyModule(() => import('../../lib/quiz/exam-paper.ts'));

/** Hands the exam in: scores it on the questions the bank still has and stores the result. */
async function handIn(bank: QuizBank, exam: ExamInProgress, timedOut: boolean): Promise<string> {
  // The moment of handing in, taken before the marking code has loaded.
  const at = Date.now();
  const { scoreExam } = await loadPaper();
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const questions = exam.questions.map((id) => byId.get(id)).filter((q): q is QuizQuestion => q !== undefined);
  const score = scoreExam(questions, exam.answers, exam.passPercent);
  const now = new Date(finishInstant(exam.startedAt, exam.minutes, at));
  const result: ExamResult = {
    id: exam.id,
    startedAt: new Date(exam.startedAt).toISOString(),
    finishedAt: now.toISOString(),
    minutes: exam.minutes,
    passPercent: exam.passPercent,
    questions: questions.map((q) => q.id),
    answers: exam.answers,
    correct: score.correct,
    total: score.total,
    percent: score.percent,
    passed: score.passed,
    timedOut,
  };
  // Unanswered questions are left out: they score nothing but are not wrong answers for the 错题本.
  const answered = questions.filter((q) => isAnswered(q, exam.answers[q.id]));
  await finishExam(result, Object.fromEntries(answered.map((q) => [q.id, isCorrect(q, exam.answers[q.id])])), now);
  return exam.id;
}

/** An exam under way: the clock, one question at a time, the 答题卡 and 交卷. Loaded only while one is. */
export default function Sitting({ bank, exam, contact, onDone }: { bank: QuizBank; exam: ExamInProgress; contact: Contact; onDone: (id: string) => void }) {
  const quiz = useStore($quiz);
  const [now, setNow] = useState(Date.now());
  const confirm = useRef<HTMLDialogElement>(null);
  // One hand-in at a time: the clock ticks on while the marking code loads.
  const handing = useRef(false);
  const [failed, setFailed] = useState(false);
  const submit = (timedOut: boolean) => {
    if (handing.current) return;
    handing.current = true;
    // The alert stays up while a timed-out exam keeps trying each second; leaving the page ends it.
    handIn(bank, exam, timedOut).then(onDone, () => {
      handing.current = false;
      setFailed(true);
    });
  };
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const questions = exam.questions.map((id) => byId.get(id)).filter((q): q is QuizQuestion => q !== undefined);
  const index = Math.min(exam.index, questions.length - 1);
  const q = questions[index];
  const left = remainingMs(exam.startedAt, exam.minutes, now);
  const unanswered = questions.filter((x) => !isAnswered(x, exam.answers[x.id])).length;

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  // Time is up, now or while the tab was closed: hand in what was answered.
  useEffect(() => {
    if (isTimedOut(exam.startedAt, exam.minutes, now)) submit(true);
  }, [now]);

  if (!q) return null;
  return (
    <div class="exam">
      <div class="exam-bar">
        <p class="exam-clock" role="timer" aria-label={t('quiz.exam.left')} data-remaining-ms={left}>
          {t('quiz.exam.left')} <strong>{formatClock(left)}</strong>
        </p>
        <p>{t('quiz.exam.answered', { done: questions.length - unanswered, total: questions.length })}</p>
        <button type="button" class="button" onClick={() => confirm.current && showDialog(confirm.current)}>{t('quiz.exam.handIn')}</button>
      </div>
      {failed && <p role="alert">{t('quiz.exam.handInFailed')}</p>}
      <QuestionView
        key={q.id}
        question={q}
        number={index + 1}
        total={questions.length}
        answer={exam.answers[q.id]}
        onAnswer={(a) => saveExamProgress({ ...exam.answers, [q.id]: a }, index)}
        revealed={false}
        starred={quiz.starred.includes(q.id)}
        onStar={() => toggleStar(q.id)}
        contact={contact}
      />
      <nav class="runner-nav" aria-label={t('quiz.round.nav')}>
        <button type="button" class="button secondary" disabled={index === 0} onClick={() => saveExamProgress(exam.answers, index - 1)}>{t('quiz.prev')}</button>
        <button type="button" class="button secondary" disabled={index === questions.length - 1} onClick={() => saveExamProgress(exam.answers, index + 1)}>{t('quiz.next')}</button>
      </nav>
      <nav class="exam-grid" aria-label={t('quiz.exam.grid')}>
        <ol>
          {questions.map((x, i) => {
            const answered = isAnswered(x, exam.answers[x.id]);
            return (
              <li key={x.id}>
                <button
                  type="button"
                  class={answered ? 'answered' : undefined}
                  aria-current={i === index ? 'step' : undefined}
                  aria-label={t(answered ? 'quiz.exam.gridAnswered' : 'quiz.exam.gridOpen', { n: i + 1 })}
                  onClick={() => saveExamProgress(exam.answers, i)}
                >
                  {i + 1}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <dialog ref={confirm} class="quiz-dialog" aria-labelledby="hand-in-title">
        <h2 id="hand-in-title">{t('quiz.exam.confirmTitle')}</h2>
        <p>{unanswered > 0 ? t('quiz.exam.confirmOpen', { n: unanswered }) : t('quiz.exam.confirmAll')}</p>
        <div class="dialog-actions">
          <button type="button" class="button" onClick={() => { closeDialog(confirm.current); submit(false); }}>{t('quiz.exam.handIn')}</button>
          <button type="button" class="button secondary" onClick={() => closeDialog(confirm.current)}>{t('quiz.exam.keepGoing')}</button>
          <button type="button" class="button secondary" onClick={() => { closeDialog(confirm.current); abandonExam(); }}>{t('quiz.exam.abandon')}</button>
        </div>
      </dialog>
    </div>
  );
}
