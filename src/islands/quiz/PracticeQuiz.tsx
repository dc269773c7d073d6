import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { QuizBank, QuizQuestion } from '../../lib/quiz/quiz-bank.ts';
import { mulberry32, sample } from '../../lib/quiz/random.ts';
import { $quiz, recordAnswer, savePracticePosition } from '../../stores/quiz.ts';
import { $role } from '../../stores/role.ts';
import type { Role } from '../../schemas/site-config.ts';
import { translator } from '../../i18n/translator.ts';
import quizStrings from 'virtual:zh-CN/quiz';
import quizPracticeStrings from 'virtual:zh-CN/quizPractice';
import { documentsForRole } from '../../lib/quiz/role-scope.ts';
import { useQuizBank } from './use-quiz-bank.ts';
import BankStatus from './BankStatus.tsx';
import Runner from './Runner.tsx';
import type { Contact } from './CorrectionButton.tsx';

const t = translator({ ...quizStrings, ...quizPracticeStrings });

interface Props {
  /** 章节练习 of one document, 随机练习 or the 收藏 set. */
  mode: 'practice' | 'random' | 'starred';
  /** The document, for 章节练习. */
  document?: string;
  /** Roles from site.config.ts, to preselect the member's documents for 随机练习. */
  roles: Role[];
  contact: Contact;
}

/** 章节练习, 随机练习 and 收藏练习: pick the questions, then run them with immediate feedback. */
export default function PracticeQuiz(props: Props) {
  const state = useQuizBank();
  if (state.status !== 'ready') return <BankStatus state={state} />;
  if (props.mode === 'random') return <RandomSetup bank={state.bank} {...props} />;
  if (props.mode === 'starred') return <Starred bank={state.bank} contact={props.contact} />;
  return <ByDocument bank={state.bank} document={props.document ?? ''} contact={props.contact} />;
}

function ByDocument({ bank, document, contact }: { bank: QuizBank; document: string; contact: Contact }) {
  const params = new URLSearchParams(location.search);
  const part = params.get('part') ?? undefined;
  const anchor = params.get('anchor') ?? undefined;
  const questions = useMemo(
    () =>
      anchor
        ? // Every question citing this place, whichever document's bank it is in.
          bank.questions.filter((q) => (q.source.document ?? q.document) === document && q.source.anchor === anchor)
        : bank.questions.filter((q) => q.document === document && (!part || q.part === part)),
    [bank],
  );
  // A link to one article's questions is a short drill; only the document or part remembers a position.
  const key = anchor ? undefined : part ? `${document}#${part}` : document;
  const stoppedAt = key ? $quiz.get().practice[key]?.at : undefined;
  const startAt = Math.max(0, questions.findIndex((q) => q.id === stoppedAt));
  return (
    <>
      {startAt > 0 && <p class="quiz-resume" data-resumed>{t('quiz.resumed', { n: startAt + 1 })}</p>}
      <Runner
        questions={questions}
        startAt={startAt}
        contact={contact}
        onResult={(q, ok) => recordAnswer(q.id, ok, 'practice')}
        onMove={(i) => key && questions[i] && savePracticePosition(key, questions[i]!.id)}
      />
    </>
  );
}

function Starred({ bank, contact }: { bank: QuizBank; contact: Contact }) {
  const starred = useStore($quiz).starred;
  // Fixed when the round starts: unstarring during the round must not pull the question away.
  const [ids] = useState(starred);
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const questions = ids.map((id) => byId.get(id)).filter((q): q is QuizQuestion => q !== undefined);
  if (questions.length === 0) return <p class="quiz-empty">{t('quiz.starred.empty')}</p>;
  return <Runner questions={questions} contact={contact} onResult={(q, ok) => recordAnswer(q.id, ok, 'starred')} />;
}

function RandomSetup({ bank, roles, contact }: { bank: QuizBank; roles: Role[]; contact: Contact }) {
  const role = useStore($role);
  const [chosen, setChosen] = useState<string[]>(() => documentsForRole(bank, roles, role));
  const [count, setCount] = useState(10);
  const [round, setRound] = useState<QuizQuestion[] | undefined>();
  const pool = bank.questions.filter((q) => chosen.includes(q.document));
  const valid = Number.isInteger(count) && count >= 1 && count <= 100 && pool.length > 0;

  if (round) {
    return (
      <>
        <button type="button" class="button secondary small" onClick={() => setRound(undefined)}>{t('quiz.random.again')}</button>
        <Runner questions={round} contact={contact} onResult={(q, ok) => recordAnswer(q.id, ok, 'random')} />
      </>
    );
  }
  return (
    <form
      class="quiz-setup"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) setRound(sample(pool, Math.min(count, pool.length), mulberry32(Date.now() >>> 0)));
      }}
    >
      <fieldset>
        <legend>{t('quiz.random.documents')}</legend>
        {bank.documents.map((d) => (
          <label class="check" key={d.id}>
            <input
              type="checkbox"
              checked={chosen.includes(d.id)}
              onChange={() => setChosen(chosen.includes(d.id) ? chosen.filter((c) => c !== d.id) : [...chosen, d.id])}
            />
            {d.shortTitle}
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>{t('quiz.random.count')}</span>
        <input type="number" min={1} max={100} value={count} onInput={(e) => setCount(e.currentTarget.valueAsNumber)} />
      </label>
      {!valid && <p class="field-error" role="alert">{pool.length === 0 ? t('quiz.random.noDocuments') : t('quiz.random.badCount')}</p>}
      <p>{t('quiz.random.pool', { n: pool.length })}</p>
      <button type="submit" class="button" disabled={!valid}>{t('quiz.start')}</button>
    </form>
  );
}
