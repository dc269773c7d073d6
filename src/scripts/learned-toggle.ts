// 标记为已学完 at the end of a document page (DocumentLayout renders it, with its wording in
// `data-` attributes): shows whether the member marked the document as learned, and when, and lets
// them mark it or take the mark back. The record loads only when there is one
// (src/scripts/page-reading.ts); the date code and the store's actions only when needed.
import { translate } from '../lib/i18n.ts';
import { later, pageDocument } from './document-data.ts';
import { followReading } from './page-reading.ts';

const page = pageDocument();
const toggle = document.querySelector<HTMLElement>('[data-learned-toggle]');
if (page && toggle) {
  const words = toggle.dataset as Record<string, string>;
  const status = toggle.querySelector<HTMLElement>('[role="status"]')!;
  const button = toggle.querySelector<HTMLButtonElement>('button')!;
  let learned = false;
  let shown = 0;
  const say = (said: string) => {
    if (status.textContent !== said) status.textContent = said;
  };
  followReading((view) => {
    const showing = ++shown;
    learned = view.learned;
    toggle.dataset.learned = String(learned);
    const { learnedAt } = view;
    if (learnedAt) void later().then((l) => l.dates()).then((dates) => showing === shown && say(translate(words, 'learnedOn', { when: dates.formatBeijingDateTime(learnedAt) })));
    else say(view.allRead ? words.allRead! : '');
    button.textContent = learned ? words.unmark! : words.mark!;
    button.classList.toggle('secondary', learned);
  });
  button.addEventListener('click', () => void later().then((l) => l.readingActions()).then((reading) => reading.markLearned(page.docId, !learned)));
}
