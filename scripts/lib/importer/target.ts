/** Step 5: where the MDX goes, refused if that would silently replace an existing document. */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { ImportError } from './errors.ts';

/**
 * Resolves `<outDir>/<id>.mdx` against the working directory (the project root under `npm run`).
 * @throws ImportError when the directory is missing (it is not created, so a failed import
 * leaves nothing behind) or the file exists and `force` is not set.
 */
export function resolveTarget(outDir: string, id: string, force: boolean): string {
  const dir = resolve(outDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ImportError(`输出目录不存在：${outDir}`);
  const target = join(dir, `${id}.mdx`);
  if (existsSync(target) && !force) {
    throw new ImportError(`${displayPath(target)} 已存在。确认要覆盖请加 --force。`);
  }
  return target;
}

/** The path as the editor would type it: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
