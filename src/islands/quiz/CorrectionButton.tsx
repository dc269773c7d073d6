import { useState } from 'preact/hooks';
import type { QuizQuestion } from '../../lib/quiz/quiz-bank.ts';
import { lazyDefault, useLazy } from '../common/lazy.ts';
import { translator } from '../../i18n/translator.ts';
import quizStrings from 'virtual:zh-CN/quiz';

const t = translator(quizStrings);

/** Who receives 纠错 reports (from site.config.ts). */
export interface Contact {
  name: string;
  email?: string;
}

interface Props {
  question: QuizQuestion;
  contact: Contact;
}

// Few members ever report a mistake, so the dialog is fetched on the first click, not with every quiz page.
const loadDialog = lazyDefault(() => import('./CorrectionDialog.tsx'));

/** The 纠错 button under a question; it opens `CorrectionDialog`. */
export default function CorrectionButton({ question, contact }: Props) {
  const [opening, setOpening] = useState(0);
  const { value: Dialog, failed } = useLazy(loadDialog, opening > 0, opening);
  return (
    <>
      <button type="button" class="button secondary small" onClick={() => setOpening((n) => n + 1)}>{t('quiz.correction')}</button>
      {failed && <span role="status">{t('quiz.correction.loadFailed')}</span>}
      {Dialog && <Dialog question={question} contact={contact} opening={opening} />}
    </>
  );
}
