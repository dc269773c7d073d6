// The printable paper's choice (题数, 题型, 试卷编号) from the page address: the page is built with
// every question, complete and printable without JavaScript; this keeps the drawn ones, numbers
// them and their answers anew, and shows the paper number. A visit without a number gets a new one,
// written into the address so the same paper can be printed again from the link. The drawing code
// (shared with the quiz pages) and the numerals are fetched only for a paper that needs them.
import { newPaperSeed, paperChoiceFromParams, paperPool, takesWholePool, type PaperChoice, type PaperQuestion } from '../lib/quiz/paper-choice.ts';
import type { QuestionType } from '../schemas/question-vocabulary.ts';

/** The ids on the paper: the whole pool needs no draw (every seed gives it), a smaller paper does. */
async function paperIds(questions: PaperQuestion[], choice: PaperChoice): Promise<string[]> {
  const pool = paperPool(questions, choice);
  if (takesWholePool(pool, choice)) return pool.map((q) => q.id);
  const { pickPaper } = await import('../lib/quiz/paper.ts');
  return pickPaper(questions, choice);
}

/** Shows the drawn questions, their answers and sections, numbered anew. */
async function showPaper(items: HTMLLIElement[], drawn: string[]): Promise<void> {
  const numbers = new Map(drawn.map((id, i) => [id, i + 1]));
  for (const li of [...items, ...document.querySelectorAll<HTMLLIElement>('[data-key-q]')]) {
    const n = numbers.get(li.dataset.paperQ ?? li.dataset.keyQ!);
    li.hidden = n === undefined;
    if (n !== undefined) li.value = n;
  }
  const parts = [...document.querySelectorAll<HTMLElement>('[data-paper-section]')];
  const shown = parts.map((part) => part.querySelectorAll('[data-paper-q]:not([hidden])').length);
  // The built page numbers every section; only a paper without some of them needs renumbering.
  const renumber = shown.includes(0) ? (await import('../lib/numerals.ts')).numberToChinese : undefined;
  let section = 0;
  parts.forEach((part, i) => {
    part.hidden = shown[i] === 0;
    if (part.hidden) return;
    section += 1;
    if (renumber) part.querySelector('[data-section-number]')!.textContent = renumber(section);
    part.querySelector('[data-section-count]')!.textContent = String(shown[i]);
  });
  // Says the paper on screen is the one asked for (tests wait for it; a draw arrives a moment late).
  document.querySelector('[data-paper]')?.setAttribute('data-paper-drawn', '');
}

const items = [...document.querySelectorAll<HTMLLIElement>('[data-paper-q]')];
const form = document.querySelector<HTMLFormElement>('[data-paper-form]');
if (items.length > 0 && form) {
  const params = new URLSearchParams(location.search);
  const choice = paperChoiceFromParams(params, items.length, (form.dataset.questionTypes ?? '').split(',') as QuestionType[]);
  if (!choice.seed) choice.seed = newPaperSeed(Math.random());
  const address = new URLSearchParams({ n: String(choice.count), types: choice.types.join(','), seed: choice.seed });
  history.replaceState(history.state, '', `${location.pathname}?${address}${location.hash}`);
  document.querySelector('[data-paper-seed]')!.textContent = choice.seed;

  const questions = items.map((li) => ({ id: li.dataset.paperQ!, type: li.dataset.type as QuestionType }));
  void paperIds(questions, choice).then((drawn) => showPaper(items, drawn));

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
// Without JavaScript the button could do nothing, so the page hides it (the <noscript> note points
// to the browser's own print command instead) and this shows it.
const printButton = document.querySelector<HTMLButtonElement>('[data-print]');
if (printButton) {
  printButton.hidden = false;
  printButton.addEventListener('click', () => window.print());
}
