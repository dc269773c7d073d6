import type { ImportPreview } from '../../stores/archive.ts';
import { formatArchiveTime } from '../../lib/archive/format.ts';
import { translator } from '../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';

const t = translator(archiveStrings);

/**
 * What importing a file would do, per domain, shown in the confirmation dialog. Everything from
 * the file (the member's name, unknown keys) is rendered as text.
 */
export default function ImportSummary({ preview }: { preview: ImportPreview }) {
  const { archive, domains, skipped } = preview;
  const nothingNew = domains.every((d) => d.added === 0 && d.changed === 0);
  const stayDeleted = domains.reduce((n, d) => n + d.stayDeleted, 0);
  return (
    <div class="archive-summary">
      <p data-archive-from>{t('archive.transfer.import.from', { name: archive.member.name, date: formatArchiveTime(archive.exportedAt) })}</p>
      <table class="archive-summary-table">
        <caption>{t('archive.transfer.import.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('archive.transfer.import.colDomain')}</th>
            <th scope="col">{t('archive.transfer.import.colAdded')}</th>
            <th scope="col">{t('archive.transfer.import.colChanged')}</th>
            <th scope="col">{t('archive.transfer.import.colDeleted')}</th>
          </tr>
        </thead>
        <tbody>
          {domains.map((d) => (
            <tr key={d.key} data-domain={d.key} data-added={d.added} data-changed={d.changed} data-stay-deleted={d.stayDeleted}>
              <th scope="row">{d.label}</th>
              {d.inFile ? (
                <>
                  <td>{d.added}</td>
                  <td>{d.changed}</td>
                  <td>{d.stayDeleted}</td>
                </>
              ) : (
                <td colSpan={3} class="muted">{t('archive.transfer.import.notInFile')}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {nothingNew && <p data-nothing-new>{t('archive.transfer.import.nothingNew')}</p>}
      {stayDeleted > 0 && <p data-stay-deleted>{t('archive.transfer.import.stayDeleted', { count: stayDeleted })}</p>}
      {skipped.length > 0 && <p class="muted">{t('archive.transfer.import.skipped', { keys: skipped.join('、') })}</p>}
      <p class="muted archive-hint">{t('archive.transfer.import.rules')}</p>
    </div>
  );
}
