import { t } from '../../i18n/t.ts';

/** Said when the plan data could not be fetched, with a button to try again. */
export default function PlanLoadError({ retry }: { retry: () => void }) {
  return (
    <p class="notice" role="alert">
      {t('plan.loadError')}{' '}
      <button type="button" class="button secondary small" onClick={retry}>{t('plan.retry')}</button>
    </p>
  );
}
