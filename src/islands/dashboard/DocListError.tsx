import { translator } from '../../i18n/translator.ts';
import commonStrings from 'virtual:zh-CN/common';
import LoadError from './LoadError.tsx';

const t = translator(commonStrings);

/** Said when /documents.json (or the outlines) could not be fetched, with a button to try again. */
export default function DocListError({ retry }: { retry: () => void }) {
  return <LoadError message={t('common.docList.error')} retryLabel={t('common.retry')} retry={retry} />;
}
