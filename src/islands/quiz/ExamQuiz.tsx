import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { QuizBank } from '../../lib/quiz/quiz-bank.ts';
import { DEFAULT_EXAM, validateExamSettings } from '../../lib/quiz/exam.ts';
import { formatBeijingDateTime } from '../../lib/dates.ts';
import type { Role } from '../../schemas/site-config.ts';
import { $exam, $quiz, startExam } from '../../stores/quiz.ts';
import { $role } from '../../stores/role.ts';
import { translator } from '../../i18n/translator.ts';
import quizStrings from 'virtual:zh-CN/quiz';
import quizExamStrings from 'virtual:zh-CN/quizExam';
import { useQuizBank } from './use-quiz-bank.ts';
import { useClientStore } from '../use-client-store.ts';
import BankStatus from './BankStatus.tsx';
import { lazyDefault, lazyModule, useLazy } from '../common/lazy.ts';
import { questionsForRole, scopeFor, type ExamScope } from '../../lib/quiz/role-scope.ts';
import type { Contact } from './CorrectionButton.tsx';

const t = translator({ ...quizStrings, ...quizExamStrings });

// The review is needed only after handing in or to look back at a past exam.
const loadReview = lazyDefault(() => import('./ExamReview.tsx'));
// Sitting an exam (questions, clock, 交卷) is needed only once one is under way, so the set-up the
// member sees first ships without it.
const loadSitting = lazyDefault(() => import('./ExamSitting.tsx'));
// Drawing a paper happens only on 开始考试.
const loadPaper = lazyModule(() => import('../../lib/quiz/exam-paper.ts'));

interface Props {
  roles: Role[];
  contact: Contact;
  /** Each role's scope as the build worked it out (examScopes), so the set-up shows before the bank arrives. */
  scopes: Record<string, ExamScope>;
}

/** A part of the page still loading, or 重试 when it could not be. */
function PartStatus({ failed, loading, failedText, retry }: { failed: boolean; loading: string; failedText: string; retry: () => void }) {
  return failed ? (
    <p role="status">
      {failedText}{' '}
      <button type="button" class="button secondary small" onClick={retry}>{t('quiz.retry')}</button>
    </p>
  ) : (
    <p role="status">{loading}</p>
  );
}

/** 模拟考试: set up, sit it against a clock that survives reloads, hand in, review; past exams listed. */
export default function ExamQuiz({ roles, contact, scopes }: Props) {
  const exam = useStore($exam).current;
  const [viewing, setViewing] = useState<string | undefined>();
  // The set-up form shows the build's counts, so until the member starts or opens a past exam the
  // bank, the largest download of the page, waits for the first paint.
  const state = useQuizBank(!exam && !viewing);
  const [attempt, setAttempt] = useState(0);
  const retry = () => setAttempt((n) => n + 1);
  const result = viewing ? $quiz.get().exams.find((e) => e.id === viewing) : undefined;
  const review = useLazy(loadReview, result !== undefined, attempt);
  const sitting = useLazy(loadSitting, exam !== null, attempt);
  const bank = state.status === 'ready' ? state.bank : undefined;
  // The set-up needs only the build's counts, so the server renders it and the first paint is the real
  // form; an exam under way and a past exam's review wait for the bank.
  if (state.status !== 'ready' && (state.status === 'error' || exam || result)) return <BankStatus state={state} />;
  if (bank && exam) {
    const Sitting = sitting.value;
    if (Sitting) return <Sitting bank={bank} exam={exam} contact={contact} onDone={setViewing} />;
    return <PartStatus failed={sitting.failed} loading={t('quiz.exam.sittingLoading')} failedText={t('quiz.exam.sittingFailed')} retry={retry} />;
  }
  if (bank && result) {
    const ExamReview = review.value;
    if (ExamReview) return <ExamReview bank={bank} result={result} contact={contact} onBack={() => setViewing(undefined)} />;
    return <PartStatus failed={review.failed} loading={t('quiz.exam.reviewLoading')} failedText={t('quiz.exam.reviewFailed')} retry={retry} />;
  }
  return <Setup bank={bank} roles={roles} scopes={scopes} onView={setViewing} />;
}

/** The scope sentence; the other roles' sentences sit hidden in the same place, so a role's own never moves what follows. */
function ScopeText({ scope, scopes }: { scope: ExamScope; scopes: Record<string, ExamScope> }) {
  const text = (s: ExamScope) => t('quiz.exam.scope', { n: s.count, docs: s.documents.join('、') });
  const shown = text(scope);
  const others = [...new Set(Object.values(scopes).map(text))].filter((x) => x !== shown);
  return (
    <p class="exam-scope">
      <span>{shown}</span>
      {others.map((x) => <span key={x} aria-hidden="true" data-pagefind-ignore>{x}</span>)}
    </p>
  );
}

function Setup({ bank, roles, scopes, onView }: { bank?: QuizBank; roles: Role[]; scopes: Record<string, ExamScope>; onView: (id: string) => void }) {
  // The server knows no role: the hydrating render shows what it showed, the member's own scope follows.
  const role = useClientStore($role, undefined);
  const exams = useStore($quiz).exams;
  const [settings, setSettings] = useState(DEFAULT_EXAM);
  const [failed, setFailed] = useState(false);
  // 开始考试 pressed before the bank arrived: the exam starts as soon as it does.
  const [waiting, setWaiting] = useState(false);
  const errors = validateExamSettings(settings);
  const start = (loaded: QuizBank) => {
    const startedAt = Date.now();
    setFailed(false);
    // The sitting's code comes with the paper, so the exam opens at once.
    Promise.all([loadPaper(), loadSitting()]).then(
      ([{ pickExamQuestions }]) =>
        startExam({
          id: String(startedAt),
          startedAt,
          minutes: settings.minutes,
          passPercent: settings.passPercent,
          questions: pickExamQuestions(questionsForRole(loaded, roles, role), settings.count, String(startedAt)),
        }),
      () => setFailed(true),
    );
  };
  useEffect(() => {
    if (!waiting || !bank) return;
    setWaiting(false);
    start(bank);
  }, [waiting, bank]);
  const field = (key: keyof typeof settings, label: string, min: number, max: number) => (
    <label class="field">
      <span>{label}</span>
      <input type="number" min={min} max={max} value={settings[key]} onInput={(e) => setSettings({ ...settings, [key]: e.currentTarget.valueAsNumber })} />
    </label>
  );
  return (
    <>
      <form
        class="quiz-setup"
        onSubmit={(e) => {
          e.preventDefault();
          if (errors.length > 0) return;
          if (bank) start(bank);
          else setWaiting(true);
        }}
      >
        {/* The build's figures: worked out from the same bank.json (examScopes), so they hold once it arrives. */}
        <ScopeText scope={scopeFor(scopes, role)} scopes={scopes} />
        {field('count', t('quiz.exam.count'), 5, 100)}
        {field('minutes', t('quiz.exam.minutes'), 5, 180)}
        {field('passPercent', t('quiz.exam.pass'), 1, 100)}
        {errors.length > 0 && <ul class="field-error" role="alert">{errors.map((m) => <li key={m}>{m}</li>)}</ul>}
        <button type="submit" class="button" disabled={errors.length > 0}>{t('quiz.exam.start')}</button>
        {waiting && <BankStatus state={{ status: 'loading' }} />}
        {failed && <p role="alert">{t('quiz.exam.startFailed')}</p>}
      </form>
      <section aria-labelledby="past-exams">
        <h2 id="past-exams">{t('quiz.exam.past')}</h2>
        {exams.length === 0 ? (
          <p>{t('quiz.exam.noPast')}</p>
        ) : (
          <ul class="exam-history">
            {[...exams].reverse().map((e) => (
              <li key={e.id}>
                {t('quiz.exam.pastItem', { when: formatBeijingDateTime(e.finishedAt), percent: e.percent, result: e.passed ? t('quiz.exam.passed') : t('quiz.exam.failed') })}
                <button type="button" class="button secondary small" onClick={() => onView(e.id)}>{t('quiz.exam.review')}</button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
