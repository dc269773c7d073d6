// 标记为已学完 at the end of a document page (DocumentLayout renders it): shows whether the member
// marked the document as learned, and when, and lets them mark it or take the mark back.
import { $reading, markLearned } from '../stores/reading.ts';
import { readerView } from '../lib/reader-view.ts';
import { formatBeijingDateTime } from '../lib/dates.ts';
import { translator } from '../i18n/translator.ts';
import readerStrings from 'virtual:zh-CN/reader';
import { pageDocument } from './document-data.ts';

const t = translator(readerStrings);

const page = pageDocument();
const toggle = document.querySelector<HTMLElement>('[data-learned-toggle]');
if (page && toggle) {
  const { docId, units } = page;
  const status = toggle.querySelector<HTMLElement>('[role="status"]')!;
  const button = toggle.querySelector<HTMLButtonElement>('button')!;
  let learned = false;
  $reading.subscribe((state) => {
    const view = readerView(state.docs[docId], units);
    learned = view.learned;
    toggle.dataset.learned = String(learned);
    const said = view.learnedAt ? t('reader.learnedOn', { when: formatBeijingDateTime(view.learnedAt) }) : view.allRead ? t('reader.allRead') : '';
    if (status.textContent !== said) status.textContent = said;
    button.textContent = learned ? t('reader.unmark') : t('reader.markLearned');
    button.classList.toggle('secondary', learned);
  });
  button.addEventListener('click', () => markLearned(docId, !learned));
}
