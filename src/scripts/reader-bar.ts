// The reader bar of a document page (DocumentLayout renders it): progress, 上一节/下一节, text size
// and colour scheme, straight on the reading and settings stores, so reading a page loads no UI
// framework. It also tracks reading while the page is open and resumes where the member stopped.
import { $reading, markUnitsRead, savePosition } from '../stores/reading.ts';
import { $settings, setTheme, stepFont } from '../stores/settings.ts';
import { FONT_STEPS, type Settings } from '../schemas/settings.ts';
import { fontLimits, readerView } from '../lib/reader-view.ts';
import { neighbours } from '../lib/doc-outline.ts';
import { keepReadingPlace } from './keep-reading-place.ts';
import { trackReading } from './reading-tracker.ts';
import { translator } from '../i18n/translator.ts';
import readerStrings from 'virtual:zh-CN/reader';
import { idList, pageDocument } from './document-data.ts';

const t = translator(readerStrings);
const FONT_NAMES = t('reader.fontNames').split(',');

const page = pageDocument();
const bar = document.querySelector<HTMLElement>('[data-reader-bar]');
if (page && bar) {
  const { docId, units } = page;
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

  $reading.subscribe((state) => {
    const view = readerView(state.docs[docId], units);
    progress.value = view.percent;
    progress.dataset.percent = String(view.percent);
    percentText.textContent = view.learned ? t('reader.learned') : t('reader.progress', { percent: view.percent });
  });

  let section: string | undefined;
  const showSection = (id: string | undefined) => {
    section = id;
    const around = neighbours(sections, section);
    prev.disabled = !around.prev;
    next.disabled = !around.next;
  };
  showSection(undefined);
  const go = (id: string | undefined) => {
    if (!id) return;
    // Setting the hash it already has would not scroll (上一节 back to the section in the address).
    if (location.hash === `#${id}`) document.getElementById(id)?.scrollIntoView({ block: 'start' });
    else location.hash = `#${id}`;
  };
  prev.addEventListener('click', () => go(neighbours(sections, section).prev));
  next.addEventListener('click', () => go(neighbours(sections, section).next));

  // The page's text size and scheme follow the store (also when another tab changes them), keeping
  // the paragraph being read in place; settings-boot.js already set them before the first paint.
  const applySettings = ({ fontStep, theme: scheme }: Settings) => {
    const limits = fontLimits(fontStep, FONT_STEPS);
    smaller.disabled = !limits.smaller;
    larger.disabled = !limits.larger;
    // Written only when it changes: the live region is for the member's own changes, not page loads.
    const name = t('reader.fontSize', { name: FONT_NAMES[fontStep] ?? '' });
    if (fontName.textContent !== name) fontName.textContent = name;
    theme.value = scheme;
    const root = document.documentElement;
    if (root.getAttribute('data-font-step') === String(fontStep) && (root.getAttribute('data-theme') ?? 'auto') === scheme) return;
    keepReadingPlace(() => {
      root.setAttribute('data-font-step', String(fontStep));
      if (scheme === 'auto') root.removeAttribute('data-theme');
      else root.setAttribute('data-theme', scheme);
    });
  };
  $settings.subscribe(applySettings);
  smaller.addEventListener('click', () => stepFont(-1));
  larger.addEventListener('click', () => stepFont(1));
  theme.addEventListener('change', () => setTheme(theme.value as Settings['theme']));

  const saved = $reading.get().docs[docId]?.position;
  // Resume only when the reader did not ask for a place (no #anchor) and the browser did not restore one.
  if (!location.hash && saved && window.scrollY < 10) document.getElementById(saved)?.scrollIntoView({ block: 'start' });
  trackReading(units, {
    onRead: (read) => markUnitsRead(docId, read),
    onPosition: (id) => savePosition(docId, id),
    sections,
    onSection: showSection,
  });
}
