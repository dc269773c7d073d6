/**
 * Whose 学习档案 a file is, compared with the member of this browser. Pure.
 */
import type { ArchiveMember } from './archive-file.ts';

/** Who uses this browser, as far as the site knows: the name last exported under and the chosen role. */
export interface BrowserMember {
  name?: string | undefined;
  role?: string | undefined;
}

function sameName(a: string, b: string): boolean {
  return a.trim().normalize('NFC') === b.trim().normalize('NFC');
}

/**
 * Whether a file may be merged as the member's own without asking: the browser has no name yet
 * (a new phone, or storage cleared), or the names match and the roles do not contradict each
 * other (a role missing on either side is no contradiction).
 */
export function isOwnArchive(file: ArchiveMember, here: BrowserMember): boolean {
  if (here.name === undefined || here.name.trim() === '') return true;
  if (!sameName(file.name, here.name)) return false;
  return file.role === undefined || here.role === undefined || file.role === here.role;
}
