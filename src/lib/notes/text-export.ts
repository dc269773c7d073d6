/**
 * 学习笔记 as plain text, for "导出为文本": every note grouped by document, each under the heading
 * it was written on, with Beijing dates. Plain text so it opens anywhere (Notepad, WeChat, a
 * phone's file viewer) and can be pasted into a 学习交流 record.
 */
import type { Note } from '../../schemas/notes.ts';
import { formatArchiveTime } from '../archive/format.ts';
import { translator } from '../../i18n/translator.ts';
import notesStrings from 'virtual:zh-CN/notes';
import { notesByDocument } from './group.ts';

const t = translator(notesStrings);

/** What the export needs to know about the site's documents. */
export interface ExportDocuments {
  /** Document ids in catalogue order. */
  order: readonly string[];
  /** Title shown for each document id; a note on a document the site no longer has shows its id. */
  titles: Readonly<Record<string, string>>;
  /** Each document's anchor ids in order, so notes follow the document. */
  anchors?: Readonly<Record<string, readonly string[]>>;
}

const RULE = '─'.repeat(24);

/** When a note was written, and when last changed if that is later. */
function stamp(note: Note): string {
  const written = t('notes.export.written', { when: formatArchiveTime(note.created) });
  return note.updated !== note.created && Date.parse(note.updated) > Date.parse(note.created)
    ? `${written}${t('notes.export.edited', { when: formatArchiveTime(note.updated) })}`
    : written;
}

/**
 * All notes as text: a title line with the export time and count, then per document its title
 * and, under each heading, the notes oldest first. Lines end in `\n`; the text has no trailing
 * blank line. With no notes, says so.
 */
export function notesAsText(notes: Readonly<Record<string, Note>>, docs: ExportDocuments, now: Date): string {
  const groups = notesByDocument(notes, docs.order, docs.anchors);
  const count = groups.reduce((n, g) => n + g.notes.length, 0);
  const lines = [t('notes.export.title'), t('notes.export.meta', { when: formatArchiveTime(now.toISOString()), n: count })];
  if (count === 0) lines.push('', t('notes.export.none'));
  for (const group of groups) {
    lines.push('', RULE, t('notes.export.document', { title: docs.titles[group.doc] ?? group.doc }), RULE);
    let heading: string | undefined;
    for (const note of group.notes) {
      const label = note.heading || note.anchor;
      if (label !== heading) {
        heading = label;
        if (lines.at(-1) !== '') lines.push('');
        lines.push(t('notes.export.heading', { heading: label }));
      }
      lines.push(stamp(note), note.text, '');
    }
    if (lines.at(-1) === '') lines.pop();
  }
  return lines.join('\n');
}

/** File name for the download, e.g. 学习笔记-2026-03-02.txt (the Beijing day). */
export function notesFileName(day: string): string {
  return t('notes.export.fileName', { day });
}
