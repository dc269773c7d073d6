import { useEffect, useState } from 'preact/hooks';
import { useClientStore } from '../use-client-store.ts';
import {
  $offlineDownload, checkOfflineDownload, OFFLINE_DOWNLOAD_CHECKING, removeOfflineDownload, startOfflineDownload,
} from '../../stores/offline-download.ts';
import { downloadPercent, formatBytes } from '../../lib/offline/download-plan.ts';
import { translator } from '../../i18n/translator.ts';
import offlineStrings from 'virtual:zh-CN/offline';

const t = translator(offlineStrings);

interface Props {
  /** Heading level of the control's title: it sits under an h1 on /study/, inside search results elsewhere. */
  headingLevel?: 2 | 3;
}

/** Whether the browser says it has no network, kept up to date. */
function useOffline(): boolean {
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    const sync = () => setOffline(!navigator.onLine);
    sync();
    addEventListener('online', sync);
    addEventListener('offline', sync);
    return () => {
      removeEventListener('online', sync);
      removeEventListener('offline', sync);
    };
  }, []);
  return offline;
}

/** The 离线下载 control: size before, progress during, and removal after. The store does the work. */
export default function OfflineDownload({ headingLevel = 2 }: Props) {
  const s = useClientStore($offlineDownload, OFFLINE_DOWNLOAD_CHECKING);
  useEffect(() => void checkOfflineDownload(), []);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const plan = s.plan;
  const files = plan ? plan.pages.length + plan.search.length : 0;
  const left = plan ? plan.bytes - s.doneBytes : 0;
  const offline = useOffline();

  let message: string;
  if (s.status === 'checking') message = t('offline.download.checking');
  else if (s.status === 'unsupported') message = t('offline.download.unsupported');
  else if (s.status === 'unavailable' || !plan) message = t('offline.download.unavailable');
  else if (s.status === 'done') message = t('offline.download.done', { size: formatBytes(plan.bytes) });
  else if (s.status === 'running') message = t('offline.download.progress', { done: s.doneFiles, total: files, percent: downloadPercent(s.doneBytes, plan.bytes) });
  else if (s.error) message = t('offline.download.failed', { reason: t(`offline.download.reason.${s.error}`) });
  else if (s.removed) message = t('offline.download.removed');
  else if (s.doneFiles > 0) message = t('offline.download.partial', { done: s.doneFiles, total: files });
  else message = t('offline.download.size', { size: formatBytes(plan.bytes) });

  return (
    <div class="offline-download card" data-offline-download={s.status}>
      <Heading>{t('offline.download.title')}</Heading>
      <p>{t('offline.download.lead', { pages: plan?.pages.length ?? '' })}</p>
      {s.outdated && s.status !== 'done' && <p class="notice">{t('offline.download.outdated')}</p>}
      <p role="status" data-offline-download-status>{message}</p>
      {plan && (
        <progress
          class="offline-download-progress"
          max={plan.bytes}
          value={s.doneBytes}
          aria-label={t('offline.download.progressLabel')}
          hidden={s.status !== 'running'}
        />
      )}
      <div class="offline-download-actions">
        {plan && s.status === 'ready' && (
          <button type="button" class="button" disabled={offline} onClick={() => void startOfflineDownload()}>
            {s.doneFiles > 0 ? t('offline.download.continue', { size: formatBytes(left) }) : t('offline.download.start', { size: formatBytes(plan.bytes) })}
          </button>
        )}
        {plan && (s.status === 'done' || (s.status === 'ready' && s.doneFiles > 0)) && (
          <button type="button" class="button secondary" onClick={() => void removeOfflineDownload()}>{t('offline.download.remove')}</button>
        )}
      </div>
      {offline && s.status === 'ready' && <p class="muted">{t('offline.download.offline')}</p>}
    </div>
  );
}
