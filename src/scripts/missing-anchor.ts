// A link like /documents/dangzhang/#art-10 to a study guide has no such article on the page:
// say why, instead of silently showing the top of the page.
import { numberToChinese } from '../lib/numerals.ts';

function explain(): void {
  const note = document.querySelector<HTMLElement>('[data-missing-anchor]');
  const match = /^#art-(\d+)$/.exec(location.hash);
  if (!note) return;
  if (!match || document.getElementById(location.hash.slice(1))) {
    note.hidden = true;
    return;
  }
  note.textContent = (note.dataset.template ?? '').replace('{article}', `第${numberToChinese(Number(match[1]))}条`);
  note.hidden = false;
}

explain();
window.addEventListener('hashchange', explain);
