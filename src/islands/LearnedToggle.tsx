import { useClientStore } from './use-client-store.ts';
import { $reading, markLearned } from '../stores/reading.ts';
import { docProgress, EMPTY_READING } from '../lib/reading-progress.ts';
import { formatBeijingDateTime } from '../lib/dates.ts';
import { translator } from '../i18n/translator.ts';
import readerStrings from 'virtual:zh-CN/reader';

const t = translator(readerStrings);

interface Props {
  /** Document id. */
  docId: string;
  /** Ids of the document's reading units, to tell when everything has been read. */
  unitIds: string[];
}

/** "Mark document as learned", shown at the end of a document; the mark can be taken back. */
export default function LearnedToggle({ docId, unitIds }: Props) {
  const reading = useClientStore($reading, EMPTY_READING);
  const doc = reading.docs[docId];
  const allRead = unitIds.length > 0 && docProgress(doc, unitIds).read === unitIds.length;
  if (doc?.learnedAt) {
    return (
      <div class="learned-toggle" data-learned="true">
        <p role="status">{t('reader.learnedOn', { when: formatBeijingDateTime(doc.learnedAt) })}</p>
        <button type="button" class="button secondary" onClick={() => markLearned(docId, false)}>{t('reader.unmark')}</button>
      </div>
    );
  }
  return (
    <div class="learned-toggle" data-learned="false">
      {allRead && <p role="status">{t('reader.allRead')}</p>}
      <button type="button" class="button" onClick={() => markLearned(docId, true)}>{t('reader.markLearned')}</button>
    </div>
  );
}
