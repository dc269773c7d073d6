import { useState } from 'preact/hooks';
import { $notes } from '../../stores/notes.ts';
import { EMPTY_NOTES } from '../../lib/notes/state.ts';
import { useClientStore } from '../use-client-store.ts';
import { notesByDocument } from '../../lib/notes/group.ts';
import { notesAsText, notesFileName } from '../../lib/notes/text-export.ts';
import { beijingDay } from '../../lib/dates.ts';
import { downloadText } from '../common/download.ts';
import { translator } from '../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import notesStrings from 'virtual:zh-CN/notes';
import { useArchiveDocs } from '../dashboard/use-archive-docs.ts';
import DocListError from '../dashboard/DocListError.tsx';
import NoteItem from './NoteItem.tsx';
import { useNoteDelete } from './use-note-delete.tsx';

const t = translator({ ...archiveStrings, ...notesStrings });

/**
 * Every 学习笔记 on the 学习档案 page: by document, each under a link back to its heading, with
 * 修改 / 删除 (confirmed, undoable) and "导出为文本", a plain .txt download made in the browser.
 * The documents' titles and heading order come from the cached /documents.json and
 * /archive/outline.json, fetched only when the member has notes.
 */
export default function NoteList() {
  // Built with no notes (the layout a new member sees); the member's notes replace it once mounted.
  const state = useClientStore($notes, EMPTY_NOTES);
  const [status, setStatus] = useState('');
  const { requestDelete, confirm, undo } = useNoteDelete();

  const count = Object.keys(state.notes).length;
  const loaded = useArchiveDocs(count > 0, true);
  const docs = loaded.status === 'ready' ? loaded.value : [];
  const order = docs.map((d) => d.id);
  const titles = Object.fromEntries(docs.map((d) => [d.id, d.shortTitle]));
  const anchors = Object.fromEntries(docs.map((d) => [d.id, d.anchors]));
  const groups = loaded.status === 'ready' ? notesByDocument(state.notes, order, anchors) : [];

  const exportText = () => {
    const now = new Date();
    const fileName = notesFileName(beijingDay(now));
    const text = notesAsText(state.notes, { order, titles: Object.fromEntries(docs.map((d) => [d.id, d.title])), anchors }, now);
    // A byte-order mark and Windows line ends, so Notepad on older Windows opens Chinese text right.
    downloadText(fileName, `\uFEFF${text.replace(/\n/g, '\r\n')}`, 'text/plain');
    setStatus(t('notes.list.exported', { file: fileName }));
  };

  return (
    <div class="note-list">
      <p>{count > 0 ? t('notes.list.count', { n: count }) : t('notes.list.empty')}</p>
      {undo}
      {count > 0 && loaded.status === 'loading' && <p class="muted">{t('notes.list.loading')}</p>}
      {count > 0 && loaded.status === 'error' && <DocListError retry={loaded.retry} />}
      {groups.map((group) => (
        <section key={group.doc} class="note-doc" aria-labelledby={`notes-doc-${group.doc}`}>
          <h3 id={`notes-doc-${group.doc}`}>{t('notes.export.document', { title: titles[group.doc] ?? group.doc })}</h3>
          <ul class="note-items">
            {group.notes.map((note) => (
              <li key={note.id}>
                <p class="note-where">
                  <a href={`/documents/${encodeURIComponent(note.doc)}/#${encodeURIComponent(note.anchor)}`}>{note.heading || note.anchor}</a>
                </p>
                <NoteItem note={note} onDelete={requestDelete} onSaved={() => setStatus(t('notes.updated'))} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div class="note-export">
        <button type="button" class="button" onClick={exportText} disabled={groups.length === 0} data-notes-export>
          {t('notes.list.export')}
        </button>
        <p class="muted">{t('notes.list.exportHint')}</p>
      </div>
      <p class="note-status" role="status">{status}</p>
      {confirm}
    </div>
  );
}
