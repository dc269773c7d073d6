import { translator } from '../../i18n/translator.ts';
import planStrings from 'virtual:zh-CN/plan';
import LoadError from '../dashboard/LoadError.tsx';

const t = translator(planStrings);

/** Said when the plan data could not be fetched, with a button to try again. */
export default function PlanLoadError({ retry }: { retry: () => void }) {
  return <LoadError message={t('plan.loadError')} retryLabel={t('plan.retry')} retry={retry} />;
}
