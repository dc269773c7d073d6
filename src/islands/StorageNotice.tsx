import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $storageNotices, type StorageNotice as Notice } from '../stores/engine.ts';
import { markNoticeRead } from '../stores/unread-notices.ts';
import { domainOfKey } from '../stores/versioned-atom.ts';
import { backupRestorable, backupText, restoreBackup } from '../stores/kept-backups.ts';
import { downloadText } from './common/download.ts';
import { beijingDay } from '../lib/dates.ts';
import { translator } from '../i18n/translator.ts';
import storageStrings from 'virtual:zh-CN/storage';

const t = translator(storageStrings);

/** The record kind in Chinese (整改清单, 学习笔记, …); never the storage key. */
function kindName(key: string | undefined): string {
  const name = `storage.kind.${domainOfKey(key ?? '')}`;
  return Object.hasOwn(storageStrings, name) ? t(name as keyof typeof storageStrings) : t('storage.kind.other');
}

function corruptMessage(notice: Notice): string {
  const kind = kindName(notice.key);
  if (!notice.backupKey) return t('storage.corrupt.noBackup', { kind });
  if (notice.setAside) return t('storage.corrupt.partial', { kind, count: notice.setAside });
  return t('storage.corrupt.reset', { kind });
}

/** Storage is full: nothing was lost; export first, then let the site trim what it can. */
function QuotaNotice({ notice }: { notice: Notice }) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const trim = async () => {
    setBusy(true);
    try {
      // Only needed in this rare case, so it is not loaded with every page.
      const { freeSpace } = await import('../stores/storage-space.ts');
      const freed = freeSpace();
      setStatus(freed.stillPending === 0 ? t('storage.trim.done') : t('storage.trim.still'));
    } catch {
      setStatus(t('storage.trim.still'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="notice" role="status" data-storage-notice="quota">
      <p>{t('storage.quota')}</p>
      <p class="storage-actions">
        <a class="button" href="/archive/#archive-export-heading">{t('storage.quota.export')}</a>
        <button type="button" class="button secondary" disabled={busy} onClick={() => void trim()}>{t('storage.quota.trim')}</button>
        <button type="button" class="button secondary" onClick={() => markNoticeRead(notice)}>{t('storage.dismiss')}</button>
      </p>
      <p class="muted">{t('storage.quota.trimHint')}</p>
      <p role="status" data-storage-trim>{status}</p>
    </div>
  );
}

/** Unreadable data kept aside: says which kind in Chinese, what was reset, and offers the backup. */
function CorruptNotice({ notice }: { notice: Notice }) {
  const [status, setStatus] = useState('');
  const kind = kindName(notice.key);
  const download = () => {
    const text = backupText(notice);
    if (text === undefined) return setStatus(t('storage.backupGone'));
    downloadText(t('storage.backupFile', { kind, day: beijingDay(new Date()) }), text);
  };
  const restore = () => {
    if (restoreBackup(notice)) markNoticeRead(notice);
    else setStatus(t('storage.restoreFailed'));
  };
  return (
    <div class="notice" role="status" data-storage-notice="corrupt">
      <p>{corruptMessage(notice)}</p>
      <p class="storage-actions">
        {notice.backupKey && <button type="button" class="button secondary" onClick={download}>{t('storage.download')}</button>}
        {notice.backupKey && backupRestorable(notice) && <button type="button" class="button secondary" onClick={restore}>{t('storage.restore')}</button>}
        <button type="button" class="button secondary" onClick={() => markNoticeRead(notice)}>{t('storage.dismiss')}</button>
      </p>
      {status && <p role="alert">{status}</p>}
    </div>
  );
}

/** The quiz recorder did not load: changes wait in this page; 重试 applies them in order. */
function RecordNotice({ notice }: { notice: Notice }) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const retry = async () => {
    setBusy(true);
    setStatus('');
    // Saved: the store takes the notice down. Not yet: say so, the changes still wait.
    const saved = await (notice.retry?.() ?? Promise.resolve(false));
    setBusy(false);
    if (!saved) setStatus(t('storage.record.still'));
  };
  return (
    <div class="notice record-notice" role="alert" data-storage-notice="record">
      <p>{t('storage.record')}</p>
      <button type="button" class="button" disabled={busy} onClick={() => void retry()}>{busy ? t('storage.record.busy') : t('storage.record.retry')}</button>
      {status && <p>{status}</p>}
    </div>
  );
}

/**
 * Tells the member when their study data could not be saved or read. Stores decide; this only shows.
 * Rendered (not hydrated) into the layout's notice region by src/scripts/storage-notices.ts, and
 * only once there is a notice, so pages without one never load it.
 */
export default function StorageNotice() {
  const notices = useStore($storageNotices);
  return (
    <>
      {notices.map((notice) =>
        notice.kind === 'quota' ? (
          <QuotaNotice key="quota" notice={notice} />
        ) : notice.kind === 'record' ? (
          <RecordNotice key="record" notice={notice} />
        ) : notice.kind === 'corrupt' ? (
          <CorruptNotice key={`corrupt:${notice.key ?? ''}`} notice={notice} />
        ) : (
          <div class="notice" role="status" data-storage-notice="memory" key="memory">
            <p>{t('storage.memory')}</p>
            <button type="button" class="button secondary" onClick={() => markNoticeRead(notice)}>{t('storage.dismiss')}</button>
          </div>
        ),
      )}
    </>
  );
}
