import type { BankState } from './use-quiz-bank.ts';
import { translator } from '../../i18n/translator.ts';
import quizStrings from 'virtual:zh-CN/quiz';

const t = translator(quizStrings);

/** What to show while the bank is loading or when it could not be loaded. */
export default function BankStatus({ state }: { state: Exclude<BankState, { status: 'ready' }> }) {
  if (state.status === 'loading') return <p class="quiz-loading" aria-busy="true">{t('quiz.loading')}</p>;
  return (
    <div class="quiz-error" role="alert">
      <p>{t('quiz.loadError')}</p>
      <button type="button" class="button" onClick={state.retry}>{t('quiz.retry')}</button>
    </div>
  );
}
