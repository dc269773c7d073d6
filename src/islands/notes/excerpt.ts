/** The start of a note on one line, for dialogs and messages that name it. */
export function excerpt(text: string, max = 20): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
