import type { SnapshotInfo } from '../../stores/archive-snapshots.ts';
import { SNAPSHOTS_KEPT } from '../../stores/archive-snapshots.ts';
import { formatArchiveTime } from '../../lib/archive/format.ts';
import { translator } from '../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';

const t = translator(archiveStrings);

interface Props {
  /** Backups, newest first; undefined until read from storage after mounting. */
  snapshots: SnapshotInfo[] | undefined;
  /** Restores one backup. */
  onRestore: (key: string) => void;
}

/** The automatic backups taken before imports and restores, each restorable with one click. */
export default function SnapshotList({ snapshots, onRestore }: Props) {
  return (
    <section class="card archive-transfer-section" aria-labelledby="archive-snapshots-heading">
      <h2 id="archive-snapshots-heading">{t('archive.transfer.snapshots.heading')}</h2>
      <p class="muted">{t('archive.transfer.snapshots.lead', { n: SNAPSHOTS_KEPT })}</p>
      {snapshots && snapshots.length === 0 && <p>{t('archive.transfer.snapshots.none')}</p>}
      {snapshots && snapshots.length > 0 && (
        <ul class="archive-snapshots">
          {snapshots.map((s, i) => (
            <li key={s.key} data-snapshot-kind={s.kind}>
              <span id={`archive-snapshot-${i}`}>
                {s.kind === 'pre-import'
                  ? t('archive.transfer.snapshots.preImport', { when: formatArchiveTime(s.takenAt), name: s.member ?? '' })
                  : t('archive.transfer.snapshots.preRestore', { when: formatArchiveTime(s.takenAt) })}
              </span>
              <button type="button" class="button secondary small" aria-describedby={`archive-snapshot-${i}`} onClick={() => onRestore(s.key)}>
                {t('archive.transfer.snapshots.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
