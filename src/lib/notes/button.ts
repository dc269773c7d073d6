/**
 * The 笔记 button beside a heading of a document: its text and accessible name say how many notes
 * the heading has, so the mark is not colour alone. Pure; the templates come from the dictionary.
 */
import { translate } from '../i18n.ts';

/** The button's wording, from `notes.button`, `notes.buttonOf` and `notes.buttonOfCount`. */
export type NoteButtonStrings = {
  /** The button's text: 笔记. */
  button: string;
  /** Accessible name with no notes yet; `{title}` is the heading. */
  buttonOf: string;
  /** Accessible name with notes; `{title}` is the heading, `{n}` the count. */
  buttonOfCount: string;
};

/** What a 笔记 button shows for a heading with `count` notes. */
export function noteButtonView(count: number, title: string, strings: NoteButtonStrings): { text: string; label: string; marked: boolean } {
  if (count > 0) {
    return { text: `${strings.button} ${count}`, label: translate(strings, 'buttonOfCount', { title, n: count }), marked: true };
  }
  return { text: strings.button, label: translate(strings, 'buttonOf', { title }), marked: false };
}
