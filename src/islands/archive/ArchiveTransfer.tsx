import { useEffect, useState } from 'preact/hooks';
import UndoNotice from '../common/UndoNotice.tsx';
import { restoreSnapshot } from '../../stores/archive.ts';
import { listSnapshots, type SnapshotInfo } from '../../stores/archive-snapshots.ts';
import { formatArchiveTime } from '../../lib/archive/format.ts';
import { translator } from '../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import commonStrings from 'virtual:zh-CN/common';
import ExportForm from './ExportForm.tsx';
import ImportPanel from './ImportPanel.tsx';
import SnapshotList from './SnapshotList.tsx';

const t = translator({ ...archiveStrings, ...commonStrings });

/** The notice after an import or a restore, with the backup that undoes it. */
interface Notice {
  message: string;
  undoLabel: string;
  undoKey: string;
}

/**
 * 学习档案 export and import, self-contained for the /archive/ page: export to a file, import
 * and merge a file after confirmation, and put things back from the automatic backups.
 * Nothing is uploaded; every file is read and written in the browser.
 */
export default function ArchiveTransfer() {
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | undefined>(undefined);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [problem, setProblem] = useState('');
  const refresh = () => setSnapshots(listSnapshots());
  // Backups are in storage, which the server does not have: read them once mounted.
  useEffect(refresh, []);

  const restore = (key: string) => {
    const result = restoreSnapshot(key);
    if (!result.ok) {
      setProblem(t('archive.transfer.restore.failed', { reason: result.reason }));
      return;
    }
    setProblem('');
    setNotice({
      message: t('archive.transfer.restore.done', { when: formatArchiveTime(result.takenAt) }),
      undoLabel: t('common.undo'),
      undoKey: result.snapshotKey,
    });
    refresh();
  };

  const imported = (message: string, snapshotKey: string) => {
    setProblem('');
    setNotice({ message, undoLabel: t('archive.transfer.restore.button'), undoKey: snapshotKey });
    refresh();
  };

  return (
    <div class="archive-transfer">
      <p class="notice archive-privacy">
        {t('archive.transfer.privacy')}
        <br />
        {t('archive.transfer.checksumNote')}
      </p>
      <ExportForm />
      <ImportPanel onImported={imported} />
      <div class="archive-notices">
        {notice && (
          <UndoNotice
            message={notice.message}
            undoLabel={notice.undoLabel}
            onUndo={() => restore(notice.undoKey)}
            dismissLabel={t('common.dismiss')}
            onDismiss={() => setNotice(undefined)}
          />
        )}
        {problem && <p class="archive-problem" role="alert">{problem}</p>}
      </div>
      <SnapshotList snapshots={snapshots} onRestore={restore} />
    </div>
  );
}
