import { useState } from 'preact/hooks';
import { useClientStore } from '../use-client-store.ts';
import { $profile, EMPTY_PROFILE } from '../../stores/profile.ts';
import { exportArchive } from '../../stores/archive.ts';
import { memberNameProblem } from '../../lib/archive/archive-file.ts';
import { translator } from '../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import { downloadText } from '../common/download.ts';

const t = translator(archiveStrings);

/** 导出学习档案: the member's name (checked as they submit), then the file is downloaded. */
export default function ExportForm() {
  const profile = useClientStore($profile, EMPTY_PROFILE);
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const name = typed ?? profile.name ?? '';

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const problem = memberNameProblem(name);
    if (problem) {
      setError(t(problem === 'long' ? 'archive.transfer.export.nameLong' : 'archive.transfer.export.nameEmpty'));
      setStatus('');
      form.querySelector<HTMLInputElement>('input[name="member-name"]')?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await exportArchive(name);
      if (!result.ok) {
        setStatus(t('archive.transfer.export.failed', { reason: result.reason }));
        return;
      }
      downloadText(result.fileName, result.json);
      setStatus(t('archive.transfer.export.done', { file: result.fileName }));
    } catch {
      setStatus(t('archive.transfer.export.failed', { reason: t('archive.transfer.reason.read') }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card archive-transfer-section" aria-labelledby="archive-export-heading">
      <h2 id="archive-export-heading">{t('archive.transfer.export.heading')}</h2>
      <p>{t('archive.transfer.export.lead')}</p>
      <form class="archive-export-form" onSubmit={submit} noValidate>
        <div class="archive-field">
          <label for="archive-member-name">{t('archive.transfer.export.name')}</label>
          <input
            id="archive-member-name"
            name="member-name"
            type="text"
            autocomplete="name"
            value={name}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'archive-name-hint archive-name-error' : 'archive-name-hint'}
            onInput={(e) => {
              setTyped(e.currentTarget.value);
              if (error) setError('');
            }}
          />
          <p id="archive-name-hint" class="muted archive-hint">{t('archive.transfer.export.nameHint')}</p>
          {error && <p id="archive-name-error" class="archive-error" role="alert">{error}</p>}
        </div>
        <button type="submit" class="button" disabled={busy}>{t('archive.transfer.export.button')}</button>
      </form>
      <p class="archive-status" role="status">{status}</p>
    </section>
  );
}
