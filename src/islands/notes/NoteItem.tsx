import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note } from '../../schemas/notes.ts';
import { updateNote } from '../../stores/notes.ts';
import { formatArchiveTime } from '../../lib/archive/format.ts';
import { translator } from '../../i18n/translator.ts';
import notesStrings from 'virtual:zh-CN/notes';
import NoteText from './NoteText.tsx';
import { excerpt } from './excerpt.ts';

const t = translator(notesStrings);

interface Props {
  note: Note;
  /** The member asked to delete it; the caller confirms first. */
  onDelete: (note: Note) => void;
  /** Called after an edit was saved, to announce it. */
  onSaved?: () => void;
}

/** One note: its text (as text, never HTML), when it was written and changed, and 修改 / 删除. */
export default function NoteItem({ note, onDelete, onSaved }: Props) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Back from the edit box (saved or cancelled), keyboard users continue from 修改, not the page top.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const short = excerpt(note.text);
  if (editing) {
    return (
      <div class="note-item editing" data-note-id={note.id}>
        <NoteText
          id={`note-edit-${note.id}`}
          label={t('notes.editLabel')}
          initial={note.text}
          saveLabel={t('notes.saveEdit')}
          cancelLabel={t('notes.cancelEdit')}
          onCancel={() => setEditing(false)}
          autoFocus
          onSave={(text) => {
            const saved = updateNote(note.id, text);
            if (!saved.ok) return saved.problem;
            setEditing(false);
            onSaved?.();
            return undefined;
          }}
        />
      </div>
    );
  }
  const edited = note.updated !== note.created;
  return (
    <div class="note-item" data-note-id={note.id}>
      <p class="note-text">{note.text}</p>
      <p class="note-meta muted">
        {t('notes.written', { when: formatArchiveTime(note.created) })}
        {edited && t('notes.editedAt', { when: formatArchiveTime(note.updated) })}
      </p>
      <div class="note-actions">
        <button type="button" class="button secondary small" ref={editButton} aria-label={t('notes.editOf', { excerpt: short })} onClick={() => setEditing(true)}>
          {t('notes.edit')}
        </button>
        <button type="button" class="button secondary small" aria-label={t('notes.deleteOf', { excerpt: short })} onClick={() => onDelete(note)}>
          {t('notes.delete')}
        </button>
      </div>
    </div>
  );
}
