import { useEffect, useRef, useState } from 'preact/hooks';
import { charactersLeft, NOTE_MAX_LENGTH, validateNoteText, type NoteProblem } from '../../lib/notes/validate.ts';
import { translator } from '../../i18n/translator.ts';
import notesStrings from 'virtual:zh-CN/notes';

const t = translator(notesStrings);

interface Props {
  /** Id for the textarea, so the label and hints point at it. */
  id: string;
  /** Visible label. */
  label: string;
  /** Text to start from (editing) or empty (new note). */
  initial?: string;
  /** Label of the save button. */
  saveLabel: string;
  /** Called with the text as typed; returns a problem to show, or nothing when saved. */
  onSave: (text: string) => NoteProblem | 'missing' | undefined;
  /** Shown beside save when given, e.g. 取消修改. */
  cancelLabel?: string;
  onCancel?: () => void;
  /** Start with the cursor in the box. */
  autoFocus?: boolean;
}

function problemText(problem: NoteProblem | 'missing'): string {
  if (problem === 'empty') return t('notes.empty');
  if (problem === 'tooLong') return t('notes.tooLong', { max: NOTE_MAX_LENGTH });
  return t('notes.missing');
}

/**
 * A note box with its label, a count of characters left and the reason a save was refused.
 * The limit is not enforced with `maxlength`, which would silently cut a pasted text: the member
 * sees how much is over and shortens it themselves.
 */
export default function NoteText({ id, label, initial = '', saveLabel, onSave, cancelLabel, onCancel, autoFocus }: Props) {
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<NoteProblem | 'missing' | undefined>(undefined);
  const box = useRef<HTMLTextAreaElement>(null);
  // `autofocus` covers a box shown with its dialog; a box that appears later (修改) is focused here.
  useEffect(() => {
    if (autoFocus) box.current?.focus();
  }, []);
  const left = charactersLeft(text);
  const save = (event: Event) => {
    event.preventDefault();
    const checked = validateNoteText(text);
    const result = checked.ok ? onSave(text) : checked.problem;
    setProblem(result);
    if (!result && !initial) setText('');
  };
  return (
    <form class="note-form" onSubmit={save} noValidate>
      <label for={id} class="note-label">{label}</label>
      <textarea
        id={id}
        ref={box}
        class="note-input"
        rows={5}
        value={text}
        autoFocus={autoFocus}
        aria-describedby={`${id}-left${problem ? ` ${id}-problem` : ''}`}
        aria-invalid={problem ? 'true' : undefined}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p id={`${id}-left`} class={left < 0 ? 'note-left over' : 'note-left'}>
        {left < 0 ? t('notes.over', { n: -left }) : t('notes.left', { n: left })}
      </p>
      {problem && <p id={`${id}-problem`} class="note-problem" role="alert">{problemText(problem)}</p>}
      <div class="note-actions">
        <button type="submit" class="button small">{saveLabel}</button>
        {cancelLabel && onCancel && <button type="button" class="button secondary small" onClick={onCancel}>{cancelLabel}</button>}
      </div>
    </form>
  );
}
