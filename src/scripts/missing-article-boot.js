// Runs inline right after a study guide's missing-article note, before first paint: a guide has no
// articles, so for an address like #art-10 the note is shown at once and the page below it never
// moves down. src/scripts/missing-anchor-note.ts then words the number in Chinese (第十条).
// Its exact bytes are hashed into the CSP by astro.config.mjs. Keep it tiny and ES5-safe.
(function () {
  var note = document.currentScript && document.currentScript.previousElementSibling;
  var match = /^#art-(\d+)$/.exec(location.hash);
  if (!note || !match) return;
  note.textContent = (note.getAttribute('data-template') || '').replace('{article}', '第' + match[1] + '条');
  note.hidden = false;
})();
