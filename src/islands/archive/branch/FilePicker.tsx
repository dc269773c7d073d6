import { useFileDrop } from '../../common/file-drop.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';

const t = translator(archiveStrings);

interface Props {
  /** Called with the files picked or dropped (at least one). */
  onFiles: (files: File[]) => void;
  /** True while files are being read; picking is paused. */
  busy: boolean;
}

/**
 * 选择学习档案文件: a file input that takes many files, inside a box that also takes dropped
 * files. The input is the keyboard and screen-reader way in; dropping is a shortcut.
 */
export default function FilePicker({ onFiles, busy }: Props) {
  const drop = useFileDrop((files) => {
    if (!busy) onFiles(files);
  });
  return (
    <div
      class={`branch-drop${drop.dragging ? ' is-dragging' : ''}`}
      data-branch-drop
      {...drop.handlers}
    >
      <label for="branch-files" class="branch-drop-label">{t('archive.branch.files.pick')}</label>
      <input
        id="branch-files"
        type="file"
        multiple
        accept=".json,application/json"
        disabled={busy}
        aria-describedby="branch-drop-hint"
        onChange={(e) => {
          const input = e.currentTarget;
          // Marked here so the benchmark measures from the moment of choosing.
          performance.mark('branch:selected');
          const files = input.files ? Array.from(input.files) : [];
          // Cleared, so choosing the same files again is noticed.
          input.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <p id="branch-drop-hint" class="muted branch-hint">{t('archive.branch.files.drop')}</p>
    </div>
  );
}
