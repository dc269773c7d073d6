// Vite plugin: in the browser build, every module of src/schemas/ that uses zod is replaced by its
// compiled form (scripts/lib/schema-compiler.mjs), so pages validate with the same rules without
// shipping zod. The server build, astro dev and the unit tests keep the zod modules themselves, and
// tests/unit/compiled-schema.test.ts checks that both give the same answers.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { compileModule } from './schema-compiler.mjs';

/** Import specifiers that bring zod in (Astro re-exports it). */
const ZOD = /^(astro\/)?zod(\/|$)/;

/** Statements like `export { A, type B } from './x.ts';`, kept as written. */
const REEXPORT = /^export \{([^}]*)\} from '[^']+';$/gm;

/**
 * @param {string} schemasDir absolute path of src/schemas/ (with the trailing slash)
 * @param {string} runtime absolute path of src/lib/compiled-schema.ts
 * @returns {import('vite').Plugin}
 */
export function compiledSchemas(schemasDir, runtime) {
  /** @param {any} ctx @param {{ ssr?: boolean } | undefined} options */
  const inBrowser = (ctx, options) => (ctx.environment?.config?.consumer ?? (options?.ssr ? 'server' : 'client')) === 'client';
  return {
    name: 'lxyz:compiled-schemas',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (!ZOD.test(source) || !inBrowser(this, options)) return null;
      // A browser module importing zod itself would bring the ~10 KB back to every page.
      this.error(`zod is imported by ${importer ?? 'a browser module'}; import the schema from src/schemas/ instead (it is compiled for the browser)`);
    },
    async load(id, options) {
      const file = id.split('?')[0] ?? id;
      if (!file.startsWith(schemasDir) || !file.endsWith('.ts') || !inBrowser(this, options)) return null;
      const source = readFileSync(file, 'utf8');
      if (![...source.matchAll(/from '([^']+)'/g)].some((m) => ZOD.test(m[1] ?? ''))) return null;
      const reexports = [...source.matchAll(REEXPORT)];
      const skip = new Set(
        reexports.flatMap((m) =>
          (m[1] ?? '')
            .split(',')
            .map((name) => name.trim())
            .filter((name) => name && !name.startsWith('type '))
            .map((name) => name.split(/\s+as\s+/).pop() ?? name),
        ),
      );
      const exports = await import(pathToFileURL(file).href);
      return compileModule(exports, runtime, reexports.map((m) => m[0]), skip);
    },
  };
}
