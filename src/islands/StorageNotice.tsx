import { useClientStore } from './use-client-store.ts';
import { $storageNotices, dismissStorageNotice, type StorageNotice as Notice } from '../stores/engine.ts';
// Settings are read on every page (text size, role), so their problems are reported everywhere; other
// domains report theirs on the pages that use them.
import '../stores/settings.ts';
import { translator } from '../i18n/translator.ts';
import storageStrings from 'virtual:zh-CN/storage';

const t = translator(storageStrings);

function message(notice: Notice): string {
  if (notice.kind === 'memory') return t('storage.memory');
  if (notice.kind === 'quota') return t('storage.quota');
  return notice.backupKey
    ? t('storage.corrupt', { reason: notice.reason ?? '', backup: notice.backupKey })
    : t('storage.corruptNoBackup', { reason: notice.reason ?? '' });
}

/** Tells the member when their study data could not be saved or read. Stores decide; this only shows. */
export default function StorageNotice() {
  const notices = useClientStore($storageNotices, []);
  return (
    <section aria-label={t('storage.region')} aria-live="polite" class="storage-notices">
      {notices.map((notice) => (
        <div class="notice" role="status" data-storage-notice={notice.kind} key={`${notice.kind}:${notice.key ?? ''}`}>
          <p>{message(notice)}</p>
          <button type="button" class="button secondary" onClick={() => dismissStorageNotice(notice)}>
            {t('storage.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
