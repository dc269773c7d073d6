import { useEffect, useRef } from 'preact/hooks';
import type { ImportPreview } from '../../stores/archive.ts';
import { archiveOverview, type ArchiveOverview } from '../../lib/archive/overview.ts';
import { formatArchiveTime } from '../../lib/archive/format.ts';
import { translator } from '../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';

const t = translator(archiveStrings);

const FIGURES: readonly [keyof ArchiveOverview, keyof typeof archiveStrings][] = [
  ['studySeconds', 'archive.transfer.view.study'],
  ['docsLearned', 'archive.transfer.view.docs'],
  ['answers', 'archive.transfer.view.answers'],
  ['dailyDays', 'archive.transfer.view.daily'],
  ['exams', 'archive.transfer.view.exams'],
  ['examBest', 'archive.transfer.view.examBest'],
  ['notes', 'archive.transfer.view.notes'],
  ['selfchecks', 'archive.transfer.view.selfchecks'],
  ['rectifyItems', 'archive.transfer.view.rectify'],
];

function value(key: keyof ArchiveOverview, n: number): string {
  if (key === 'studySeconds') return t('archive.transfer.view.minutes', { count: Math.round(n / 60) });
  if (key === 'examBest') return t('archive.transfer.view.percent', { count: n });
  return t('archive.transfer.view.count', { count: n });
}

/**
 * 只查看，不合并: a read-only look at someone else's archive — whose it is, when it was exported and
 * what it holds. Nothing from it is stored; closing it leaves this browser exactly as it was.
 */
export default function ArchiveView({ preview, onClose }: { preview: ImportPreview; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // After the dialog that opened this has closed and handed focus back to the file picker.
  useEffect(() => {
    const timer = setTimeout(() => heading.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);
  const overview = archiveOverview(preview.decoded);
  const shown = FIGURES.filter(([key]) => overview[key] !== undefined);
  return (
    <section class="archive-view" aria-labelledby="archive-view-heading" data-archive-view>
      <h3 id="archive-view-heading" tabIndex={-1} ref={heading}>{t('archive.transfer.view.heading', { name: preview.archive.member.name })}</h3>
      <p>{t('archive.transfer.view.lead', { date: formatArchiveTime(preview.archive.exportedAt) })}</p>
      <dl class="archive-view-figures">
        {shown.map(([key, label]) => (
          <div key={key} data-view={key}>
            <dt>{t(label)}</dt>
            <dd>{value(key, overview[key]!)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="button secondary" onClick={onClose}>{t('archive.transfer.view.close')}</button>
    </section>
  );
}
