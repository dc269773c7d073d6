// A link like /documents/dangzhang/#art-10 to a study guide has no such article on the page:
// say why, instead of silently showing the top of the page (src/scripts/missing-anchor.ts loads
// this only for such an address). The numeral code is fetched only then too.

/** Shows or hides the page's missing-article note for the current address. */
export async function explain(note: HTMLElement): Promise<void> {
  const match = /^#art-(\d+)$/.exec(location.hash);
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
