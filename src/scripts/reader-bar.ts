// The reader bar of a document page (DocumentLayout renders it, with its wording in `data-`
// attributes): progress, 上一节/下一节, text size and colour scheme, straight on the stores, so
// reading a page loads no UI framework. What it shows is set at once (the reading record through
// src/scripts/page-reading.ts); what it does (tracking, moving, changing the text) is in
// src/scripts/reader-actions.ts, loaded at the member's first interaction.
import { $settings } from '../stores/settings.ts';
import { DEFAULT_FONT_STEP, FONT_STEPS } from '../schemas/settings.ts';
import { translate } from '../lib/i18n.ts';
import { idList, later, pageDocument } from './document-data.ts';
import { followReading } from './page-reading.ts';
import { onFirstInteraction } from './first-interaction.ts';

const actions = () => later().then((l) => l.readerActions());

const page = pageDocument();
const bar = document.querySelector<HTMLElement>('[data-reader-bar]');
if (page && bar) {
  const { docId, units } = page;
  // The wording comes with the page (DocumentLayout), not in this script.
  const words = bar.dataset as Record<string, string>;
  const fontNames = (words.fontNames ?? '').split(',');
  const sections = idList(bar.dataset.sections);
  const part = <T extends Element>(name: string) => bar.querySelector<T>(`[data-reader="${name}"]`)!;
  const progress = part<HTMLProgressElement>('progress');
  const percentText = part<HTMLElement>('percent');
  const prev = part<HTMLButtonElement>('prev');
  const next = part<HTMLButtonElement>('next');
  const smaller = part<HTMLButtonElement>('smaller');
  const larger = part<HTMLButtonElement>('larger');
  const fontName = part<HTMLElement>('font-name');
  const theme = part<HTMLSelectElement>('theme');

  let tracking = false;
  const track = () => {
    if (tracking) return;
    tracking = true;
    void actions().then((a) =>
      a.startTracking(docId, units, sections, (around) => {
        prev.disabled = !around.prev;
        next.disabled = !around.next;
      }),
    );
  };

  let restored = false;
  followReading((view, doc) => {
    progress.value = view.percent;
    progress.dataset.percent = String(view.percent);
    percentText.textContent = view.learned ? words.learnedText! : translate(words, 'progress', { percent: view.percent });
    if (restored) return;
    restored = true;
    const saved = doc?.position;
    // Resume only when the reader did not ask for a place (no #anchor) and has not moved yet.
    if (!location.hash && saved && window.scrollY < 10) {
      document.getElementById(saved)?.scrollIntoView({ block: 'start' });
      track();
    }
  });

  // The page's text size and scheme follow the store (also when another tab changes them).
  $settings.subscribe((settings) => {
    smaller.disabled = settings.fontStep <= 0;
    larger.disabled = settings.fontStep >= FONT_STEPS - 1;
    // Written only when it changes: the live region is for the member's own changes, not page loads.
    const name = translate(words, 'fontSize', { name: fontNames[settings.fontStep] ?? '' });
    if (fontName.textContent !== name) fontName.textContent = name;
    theme.value = settings.theme;
    // settings-boot.js set what was stored before the first paint (no attribute: the defaults);
    // only a change, or stored settings the store could not use, needs the page changed.
    const root = document.documentElement;
    const step = root.getAttribute('data-font-step') ?? String(DEFAULT_FONT_STEP);
    if (step !== String(settings.fontStep) || (root.getAttribute('data-theme') ?? 'auto') !== settings.theme) void actions().then((a) => a.applySettings(settings));
  });
  smaller.addEventListener('click', () => void actions().then((a) => a.stepFont(-1)));
  larger.addEventListener('click', () => void actions().then((a) => a.stepFont(1)));
  theme.addEventListener('change', () => void actions().then((a) => a.setTheme(theme.value as 'auto' | 'light' | 'dark')));
  prev.addEventListener('click', () => void actions().then((a) => a.go('prev', sections)));
  next.addEventListener('click', () => void actions().then((a) => a.go('next', sections)));

  // A page opened in the middle (an #anchor, the browser's own restore) tracks at once, so
  // 上一节 and 下一节 fit the place; one opened at the top waits for the member.
  if (window.scrollY > 0 || location.hash) track();
  else onFirstInteraction(track);
}
