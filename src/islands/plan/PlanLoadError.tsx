import { translator } from '../../i18n/translator.ts';
import planStrings from 'virtual:zh-CN/plan';

const t = translator(planStrings);

/** Said when the plan data could not be fetched, with a button to try again. */
export default function PlanLoadError({ retry }: { retry: () => void }) {
  return (
    <p class="notice" role="alert">
      {t('plan.loadError')}{' '}
      <button type="button" class="button secondary small" onClick={retry}>{t('plan.retry')}</button>
    </p>
  );
}
