/**
 * Writing generated files so that nobody ever sees half of one. Shared by every generator that
 * writes into the content tree (the plan builder and the document importer).
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes `content` as UTF-8 to `target`, replacing any file already there, through a temp file
 * and a rename: readers, the dev server's watcher and a crash mid-write see the old file or the
 * new one, never a partial one. On any failure the temp file is removed and the error rethrown,
 * so the directory is left as it was.
 *
 * The temp file, `<target>.<pid>.tmp`, sits beside the target because a rename is only atomic
 * within one file system, and carries the process id so two runs at once never share one.
 *
 * @param target Path of the file to (re)write; its directory must exist.
 * @param content The complete new file content.
 * @throws Whatever `writeFileSync` or `renameSync` throws, e.g. when `target` is a directory.
 */
export function writeFileAtomic(target: string, content: string): void {
  const temp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, content, 'utf8');
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
