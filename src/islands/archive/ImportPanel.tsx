import { useState } from 'preact/hooks';
import ConfirmDialog from '../common/ConfirmDialog.tsx';
import { useFileDrop } from '../common/file-drop.ts';
import { applyImport, previewImport, type ImportPreview } from '../../stores/archive.ts';
import { translator } from '../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import commonStrings from 'virtual:zh-CN/common';
import ImportSummary from './ImportSummary.tsx';
import ArchiveView from './ArchiveView.tsx';

const t = translator({ ...archiveStrings, ...commonStrings });

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'problem'; message: string }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'viewing'; preview: ImportPreview };

interface Props {
  /** Called after a merge, with the message to show and the backup that undoes it. */
  onImported: (message: string, snapshotKey: string) => void;
}

/**
 * 导入学习档案: pick or drop a file; it is checked and summarised in a dialog, and merged only
 * when the member confirms. A rejected file shows why, and nothing changes. Someone else's
 * archive (another name or role than this browser's) is not merged by default: the dialog names
 * both people and offers 只查看，不合并 (a read-only view) before 确认是我本人，合并.
 */
export default function ImportPanel({ onImported }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  // Each summary gets a fresh dialog: the previous one's close event arrives asynchronously and
  // would otherwise reach the new summary's handler and cancel it at once.
  const [dialogKey, setDialogKey] = useState(0);

  const check = async (file: File) => {
    setState({ kind: 'checking' });
    // previewImport reports every problem it knows of; anything else still must not leave the panel stuck.
    const result = await previewImport(file).catch(() => ({ ok: false as const, reason: t('archive.transfer.reason.read') }));
    if (result.ok) setDialogKey((k) => k + 1);
    setState(
      result.ok
        ? { kind: 'preview', preview: result.preview }
        : { kind: 'problem', message: t('archive.transfer.import.rejected', { file: file.name, reason: result.reason }) },
    );
  };
  const other = state.kind === 'preview' && !state.preview.own;
  // One file at a time: a second dropped file is ignored.
  const drop = useFileDrop((files) => void check(files[0]!));

  const confirm = () => {
    if (state.kind !== 'preview') return;
    const { preview } = state;
    const result = applyImport(preview);
    if (!result.ok) {
      setState({ kind: 'problem', message: t('archive.transfer.import.failed', { reason: result.reason }) });
      return;
    }
    const added = preview.domains.reduce((n, d) => n + d.added, 0);
    const changed = preview.domains.reduce((n, d) => n + d.changed, 0);
    setState({ kind: 'idle' });
    onImported(t('archive.transfer.import.done', { name: preview.archive.member.name, added, changed }), result.snapshotKey);
  };

  return (
    <section
      class={`card archive-transfer-section archive-drop${drop.dragging ? ' is-dragging' : ''}`}
      aria-labelledby="archive-import-heading"
      {...drop.handlers}
    >
      <h2 id="archive-import-heading">{t('archive.transfer.import.heading')}</h2>
      <p>{t('archive.transfer.import.lead')}</p>
      <div class="archive-field">
        <label for="archive-import-file">{t('archive.transfer.import.pick')}</label>
        <input
          id="archive-import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="archive-drop-hint"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared, so picking the same file again is noticed.
            input.value = '';
            if (file) void check(file);
          }}
        />
        <p id="archive-drop-hint" class="muted archive-hint">{t('archive.transfer.import.drop')}</p>
      </div>
      <div aria-live="polite">
        {state.kind === 'checking' && <p>{t('archive.transfer.import.checking')}</p>}
      </div>
      {state.kind === 'problem' && (
        <p class="archive-problem" role="alert" data-archive-problem>
          {state.message}
        </p>
      )}
      {state.kind === 'viewing' && <ArchiveView preview={state.preview} onClose={() => setState({ kind: 'idle' })} />}
      <ConfirmDialog
        key={dialogKey}
        open={state.kind === 'preview'}
        title={t(other ? 'archive.transfer.import.otherTitle' : 'archive.transfer.import.confirmTitle')}
        confirmLabel={t(other ? 'archive.transfer.import.otherConfirm' : 'archive.transfer.import.confirm')}
        cancelLabel={t(other ? 'archive.transfer.import.otherView' : 'common.cancel')}
        onConfirm={confirm}
        onCancel={() => setState(state.kind === 'preview' && other ? { kind: 'viewing', preview: state.preview } : { kind: 'idle' })}
      >
        {state.kind === 'preview' && other && (
          <p class="archive-other" role="alert" data-archive-other>
            {t('archive.transfer.import.otherWarning', { name: state.preview.archive.member.name, here: state.preview.hereName ?? '' })}
          </p>
        )}
        {state.kind === 'preview' && <ImportSummary preview={state.preview} />}
      </ConfirmDialog>
    </section>
  );
}
