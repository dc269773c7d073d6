/**
 * 题目纠错: the text a member copies or mails to report a wrong question. Plain text, so it
 * reads the same in WeChat, e-mail or a paper note to the branch secretary.
 */

/** Longest note kept, in characters; enough for a paragraph, short enough for a mailto: link. */
export const NOTE_MAX = 1000;

/** The question fields a report names. */
export interface ReportedQuestion {
  /** Question id, e.g. plan-012. */
  id: string;
  /** Its stem as shown. */
  stem: string;
  /** Document id of its bank. */
  document: string;
}

/**
 * A copy-ready report: 题目编号, 所属文件, 题干, 出处 (the page the member checked) and 说明 (the
 * member's note, trimmed and cut to {@link NOTE_MAX} characters; “（未填写）” when empty).
 */
export function correctionReport(q: ReportedQuestion, sourceUrl: string, note: string): string {
  // Cut by code points, so a character outside the BMP is never split in half.
  const kept = [...note.trim()].slice(0, NOTE_MAX).join('').trim();
  return [
    '【题目纠错】',
    `题目编号：${q.id}`,
    `所属文件：${q.document}`,
    `题干：${q.stem}`,
    `出处：${sourceUrl}`,
    `说明：${kept || '（未填写）'}`,
  ].join('\n');
}

/**
 * A `mailto:` link with subject and body filled in. Line breaks become CRLF first, as RFC 6068
 * asks for the body; the address keeps its `@` readable.
 */
export function correctionMailto(to: string, subject: string, body: string): string {
  const address = encodeURIComponent(to).replace(/%40/g, '@');
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}
