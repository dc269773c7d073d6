// The printable paper's choice (题数, 题型, 试卷编号) from the page address: the page is built with
// every question; this keeps the drawn ones, numbers them and their answers anew, and shows the
// paper number. A visit without a number gets a new one, written into the address so the same
// paper can be printed again from the link.
import { newPaperSeed, paperChoiceFromParams, pickPaper } from '../lib/quiz/paper.ts';
import { numberToChinese } from '../lib/numerals.ts';
import type { QuestionType } from '../schemas/question-vocabulary.ts';

const items = [...document.querySelectorAll<HTMLLIElement>('[data-paper-q]')];
const form = document.querySelector<HTMLFormElement>('[data-paper-form]');
if (items.length > 0 && form) {
  const params = new URLSearchParams(location.search);
  const choice = paperChoiceFromParams(params, items.length);
  if (!choice.seed) choice.seed = newPaperSeed(Math.random());
  const address = new URLSearchParams({ n: String(choice.count), types: choice.types.join(','), seed: choice.seed });
  history.replaceState(history.state, '', `${location.pathname}?${address}${location.hash}`);

  const drawn = pickPaper(items.map((li) => ({ id: li.dataset.paperQ!, type: li.dataset.type as QuestionType })), choice);
  const numbers = new Map(drawn.map((id, i) => [id, i + 1]));
  for (const li of items) {
    const n = numbers.get(li.dataset.paperQ!);
    li.hidden = n === undefined;
    if (n !== undefined) li.value = n;
  }
  let section = 0;
  for (const part of document.querySelectorAll<HTMLElement>('[data-paper-section]')) {
    const shown = part.querySelectorAll('[data-paper-q]:not([hidden])').length;
    part.hidden = shown === 0;
    if (shown === 0) continue;
    section += 1;
    part.querySelector('[data-section-number]')!.textContent = numberToChinese(section);
    part.querySelector('[data-section-count]')!.textContent = String(shown);
  }
  for (const li of document.querySelectorAll<HTMLLIElement>('[data-key-q]')) {
    const n = numbers.get(li.dataset.keyQ!);
    li.hidden = n === undefined;
    if (n !== undefined) li.value = n;
  }
  document.querySelector('[data-paper-seed]')!.textContent = choice.seed;

  // The form shows the choice the paper was made with.
  (form.elements.namedItem('n') as HTMLInputElement).value = String(choice.count);
  (form.elements.namedItem('seed') as HTMLInputElement).value = choice.seed;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="types"]')) box.checked = choice.types.includes(box.value as QuestionType);
  // The ticked types go into one comma list, so the address stays short enough to share.
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const next = new URLSearchParams({ n: String(data.get('n') ?? ''), types: data.getAll('types').join(','), seed: String(data.get('seed') ?? '') });
    location.search = next.toString();
  });
}
document.querySelector('[data-print]')?.addEventListener('click', () => window.print());
