// The study list (/study/) is server HTML listing every document for leading cadres. This shows
// the member's part of it — documents of their role, groups left empty hidden — and each
// document's status from the reading record. A document read in part needs its unit ids to give
// a share; they come from /documents.json, fetched only when such a document exists.
import { $reading } from '../stores/reading.ts';
import { $role } from '../stores/role.ts';
import { loadDocumentList } from '../stores/document-list.ts';
import { docStatus, isForTrack, needsUnits, type DocStatus, type DocSummary } from '../lib/study-list.ts';
import type { Track } from '../schemas/site-config.ts';
import { translator } from '../i18n/translator.ts';
import studyStrings from 'virtual:zh-CN/study';

const t = translator(studyStrings);

const list = document.querySelector<HTMLElement>('[data-study-list]');
if (list) {
  const tracks: Record<string, Track> = JSON.parse(list.dataset.roleTracks ?? '{}');
  const items = [...list.querySelectorAll<HTMLElement>('[data-doc]')];
  let units: Map<string, readonly string[]> | undefined;
  let asked = false;

  const words = (s: DocStatus) =>
    s.kind === 'learned' ? t('study.learned') : s.kind === 'reading' ? t('study.percent', { percent: s.percent }) : s.kind === 'started' ? t('study.started') : t('study.notStarted');
  const percent = (s: DocStatus) => (s.kind === 'learned' ? 100 : s.kind === 'reading' ? s.percent : 0);

  const showStatus = () => {
    const { docs } = $reading.get();
    for (const item of items) {
      const id = item.dataset.doc!;
      const s = docStatus(docs[id], units?.get(id));
      const text = words(s);
      const status = item.querySelector<HTMLElement>('[data-status]')!;
      if (status.textContent === text) continue;
      status.textContent = text;
      const bar = item.querySelector('progress')!;
      bar.value = percent(s);
      bar.setAttribute('aria-label', `${item.dataset.shortTitle} ${text}`);
    }
    if (!units && !asked && items.some((item) => needsUnits(docs[item.dataset.doc!]))) {
      asked = true;
      // Until the list arrives (or if it cannot), a document read in part says 已开始.
      loadDocumentList().then(
        (list) => {
          units = new Map(list.docs.map((d) => [d.id, d.units]));
          showStatus();
        },
        () => (asked = false),
      );
    }
  };

  const showRole = (role: string | undefined) => {
    // Before a role is chosen everything shows, so nothing is hidden from a newcomer.
    const track = tracks[role ?? ''] ?? 'leaders';
    for (const item of items) item.hidden = !isForTrack(item.dataset.audience as DocSummary['audience'], track);
    for (const group of list.querySelectorAll<HTMLElement>('[data-study-group]')) {
      group.hidden = !group.querySelector('[data-doc]:not([hidden])');
    }
  };

  $role.subscribe(showRole);
  $reading.subscribe(showStatus);
}
