// A link like /documents/dangzhang/#art-10 to a study guide has no such article on the page:
// say why, instead of silently showing the top of the page. The numeral code is fetched only for
// such a link, so a document page read normally does not load it.

async function explain(): Promise<void> {
  const note = document.querySelector<HTMLElement>('[data-missing-anchor]');
  const match = /^#art-(\d+)$/.exec(location.hash);
  if (!note) return;
  if (!match || document.getElementById(location.hash.slice(1))) {
    note.hidden = true;
    return;
  }
  const { numberToChinese } = await import('../lib/numerals.ts');
  // The address may have moved on while the numeral code was on its way.
  if (location.hash !== match[0]) return;
  note.textContent = (note.dataset.template ?? '').replace('{article}', `第${numberToChinese(Number(match[1]))}条`);
  note.hidden = false;
}

void explain();
window.addEventListener('hashchange', () => void explain());
