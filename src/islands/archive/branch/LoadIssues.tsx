import type { FutureFile, RejectedFile, ReplacedFile } from '../../../lib/archive/branch/load.ts';
import { formatArchiveTime } from '../../../lib/archive/format.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';

const t = translator(archiveStrings);

interface Props {
  rejected: readonly RejectedFile[];
  replaced: readonly ReplacedFile[];
  future: readonly FutureFile[];
}

/** Files that were not used and why, older duplicates set aside for a member's newer file, and files dated in the future. */
export default function LoadIssues({ rejected, replaced, future }: Props) {
  if (rejected.length === 0 && replaced.length === 0 && future.length === 0) return null;
  return (
    <div class="branch-issues">
      {future.length > 0 && (
        <section class="branch-future" aria-labelledby="branch-future-heading" data-branch-future>
          <h3 id="branch-future-heading">{t('archive.branch.future.heading', { count: future.length })}</h3>
          <p>{t('archive.branch.future.lead')}</p>
          <ul>
            {future.map((f, i) => (
              <li key={`${f.file}-${i}`} data-future-used={String(f.used)}>
                {t(f.used ? 'archive.branch.future.used' : 'archive.branch.future.setAside', { file: f.file, name: f.name, time: formatArchiveTime(f.exportedAt) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {rejected.length > 0 && (
        <section class="branch-rejected" aria-labelledby="branch-rejected-heading" data-branch-rejected>
          <h3 id="branch-rejected-heading">{t('archive.branch.rejected.heading', { count: rejected.length })}</h3>
          <p>{t('archive.branch.rejected.lead')}</p>
          <ul>
            {rejected.map((r, i) => (
              <li key={`${r.file}-${i}`}>{t('archive.branch.rejected.item', { file: r.file, reason: r.reason })}</li>
            ))}
          </ul>
        </section>
      )}
      {replaced.length > 0 && (
        <section class="branch-replaced" aria-labelledby="branch-replaced-heading" data-branch-replaced>
          <h3 id="branch-replaced-heading">{t('archive.branch.replaced.heading', { count: replaced.length })}</h3>
          <p>{t('archive.branch.replaced.lead')}</p>
          <ul>
            {replaced.map((r, i) => (
              <li key={`${r.file}-${i}`}>
                {t('archive.branch.replaced.item', {
                  file: r.file,
                  name: r.name,
                  time: formatArchiveTime(r.exportedAt),
                  kept: r.keptFile,
                  keptTime: formatArchiveTime(r.keptExportedAt),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
