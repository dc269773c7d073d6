import { useClientStore } from './use-client-store.ts';
import { useEffect, useState } from 'preact/hooks';
import { $reading, markUnitsRead, savePosition } from '../stores/reading.ts';
import { $settings, setTheme, stepFont, DEFAULT_SETTINGS } from '../stores/settings.ts';
import { FONT_STEPS } from '../schemas/settings.ts';
import { docProgress, EMPTY_READING } from '../lib/reading-progress.ts';
import { neighbours } from '../lib/doc-outline.ts';
import { keepReadingPlace } from './keep-reading-place.ts';
import { translator } from '../i18n/translator.ts';
import readerStrings from 'virtual:zh-CN/reader';
import { trackReading } from './reading-tracker.ts';

const t = translator(readerStrings);

interface Props {
  /** Document id. */
  docId: string;
  /** Reading units of the document, in order. */
  units: { id: string; text: string }[];
  /** Anchor ids of the document's sections (its structural headings), for 上一节/下一节. */
  sections: string[];
}

const FONT_NAMES = t('reader.fontNames').split(',');

/**
 * The reader's toolbar: progress (100 % once marked learned), previous/next section, text size
 * and colour scheme, which keep the paragraph being read in place. Tracks reading while mounted.
 */
export default function ReaderBar({ docId, units, sections }: Props) {
  const reading = useClientStore($reading, EMPTY_READING);
  const settings = useClientStore($settings, DEFAULT_SETTINGS);
  const [section, setSection] = useState<string | undefined>(undefined);
  const ids = units.map((u) => u.id);
  const learned = Boolean(reading.docs[docId]?.learnedAt);
  const percent = learned ? 100 : docProgress(reading.docs[docId], ids).percent;
  const { prev, next } = neighbours(sections, section);

  useEffect(() => {
    const saved = $reading.get().docs[docId]?.position;
    // Resume only when the reader did not ask for a place (no #anchor) and the browser did not restore one.
    if (!location.hash && saved && window.scrollY < 10) document.getElementById(saved)?.scrollIntoView({ block: 'start' });
    return trackReading(ids, {
      onRead: (read) => markUnitsRead(docId, read),
      onPosition: (id) => savePosition(docId, id),
      sections,
      onSection: setSection,
    });
  }, [docId]);

  // Straight from the store, not the hydration-safe value: the page must never flash the defaults.
  useEffect(
    () =>
      $settings.subscribe(({ fontStep, theme }) => {
        const root = document.documentElement;
        if (root.getAttribute('data-font-step') === String(fontStep) && (root.getAttribute('data-theme') ?? 'auto') === theme) return;
        keepReadingPlace(() => {
          root.setAttribute('data-font-step', String(fontStep));
          if (theme === 'auto') root.removeAttribute('data-theme');
          else root.setAttribute('data-theme', theme);
        });
      }),
    [],
  );

  const go = (id: string | undefined) => {
    if (!id) return;
    // Setting the hash it already has would not scroll (上一节 back to the section in the address).
    if (location.hash === `#${id}`) document.getElementById(id)?.scrollIntoView({ block: 'start' });
    else location.hash = `#${id}`;
  };

  return (
    <div class="reader-bar" role="toolbar" aria-label={t('reader.toolbar')}>
      <div class="reader-status">
        <progress
          class="reader-progress"
          max={100}
          value={percent}
          aria-label={t('reader.progressLabel')}
          data-percent={percent}
        />
        <span class="reader-percent">{learned ? t('reader.learned') : t('reader.progress', { percent })}</span>
      </div>
      <div class="reader-buttons">
        <button type="button" onClick={() => go(prev)} disabled={!prev}>{t('reader.prev')}</button>
        <button type="button" onClick={() => go(next)} disabled={!next}>{t('reader.next')}</button>
        <span class="reader-spacer" />
        <button type="button" onClick={() => stepFont(-1)} disabled={settings.fontStep === 0}>
          <span aria-hidden="true">A−</span>
          <span class="visually-hidden">{t('reader.fontSmaller')}</span>
        </button>
        <button type="button" onClick={() => stepFont(1)} disabled={settings.fontStep === FONT_STEPS - 1}>
          <span aria-hidden="true">A+</span>
          <span class="visually-hidden">{t('reader.fontLarger')}</span>
        </button>
        <span class="visually-hidden" aria-live="polite" data-font-name>{t('reader.fontSize', { name: FONT_NAMES[settings.fontStep] ?? '' })}</span>
        <label class="reader-theme">
          <span class="visually-hidden">{t('reader.theme')}</span>
          <select value={settings.theme} onChange={(e) => setTheme((e.currentTarget as HTMLSelectElement).value as 'auto')}>
            <option value="auto">{t('reader.theme.auto')}</option>
            <option value="light">{t('reader.theme.light')}</option>
            <option value="dark">{t('reader.theme.dark')}</option>
          </select>
        </label>
      </div>
    </div>
  );
}
