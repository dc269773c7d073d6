// @vitest-environment node
// The Vite plugin that swaps zod schema modules for their compiled form in the browser build only.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compiledSchemas } from '../../../scripts/lib/compiled-schemas.mjs';

const schemasDir = fileURLToPath(new URL('../../../src/schemas/', import.meta.url));
const runtime = fileURLToPath(new URL('../../../src/lib/compiled-schema.ts', import.meta.url));
/** The plugin's hooks, callable with a stand-in for Vite's plugin context. */
const pluginFor = (dir: string) =>
  compiledSchemas(dir, runtime) as unknown as {
    load(this: unknown, id: string, options?: { ssr?: boolean }): Promise<string | null>;
    resolveId(this: unknown, source: string, importer: string | undefined, options?: { ssr?: boolean }): null;
  };
const plugin = pluginFor(schemasDir);
const client = { environment: { config: { consumer: 'client' } }, error: (message: string) => { throw new Error(message); } };
const server = { environment: { config: { consumer: 'server' } }, error: client.error };

describe('scripts/lib/compiled-schemas.mjs', () => {
  it('serves a compiled schema module to the browser build', async () => {
    const code = await plugin.load.call(client, `${schemasDir}quiz-state.ts`);
    expect(code).toContain(`from ${JSON.stringify(runtime)}`);
    expect(code).toMatch(/export const quizStateSchema = \/\* @__PURE__ \*\/ schema\(/);
    expect(code).not.toContain('zod');
  });

  it('keeps `export … from` statements and does not copy what they export', async () => {
    const fixtures = fileURLToPath(new URL('../../fixtures/compiled-schemas/', import.meta.url));
    const code = (await pluginFor(fixtures).load.call(client, `${fixtures}with-reexport.ts`))!;
    expect(code).toContain("export { KINDS, type Kind } from './vocabulary.ts';");
    expect(code).not.toContain('export const KINDS');
    expect(code).toMatch(/const (\$\d+) = \/\* @__PURE__ \*\/ object\(\{"kind":oneOf\(\["a","b"\]\)\}\);\nexport const kindSchema = \/\* @__PURE__ \*\/ schema\(\1\);/);
  });

  it('stops the build on a schema the browser cannot get an exact copy of', async () => {
    await expect(plugin.load.call(client, `${schemasDir}document.ts`)).rejects.toThrow(/officialSourceSchema\.url: the string format url is not supported/);
  });

  it('leaves the server build, other folders and zod-free modules alone', async () => {
    expect(await plugin.load.call(server, `${schemasDir}quiz-state.ts`)).toBeNull();
    expect(await plugin.load.call({}, `${schemasDir}quiz-state.ts`, { ssr: true })).toBeNull();
    expect(await plugin.load.call(client, runtime)).toBeNull();
    expect(await plugin.load.call(client, `${schemasDir}vocabulary.ts`)).toBeNull();
  });

  it('stops a browser build that imports zod itself', () => {
    expect(() => plugin.resolveId.call(client, 'zod/mini', '/src/islands/X.tsx')).toThrow(/zod is imported by \/src\/islands\/X\.tsx/);
    expect(plugin.resolveId.call(server, 'zod/mini', '/src/stores/x.ts')).toBeNull();
    expect(() => plugin.resolveId.call(client, 'astro/zod', '/src/x.ts')).toThrow(/zod is imported/);
    expect(plugin.resolveId.call(client, 'zodiac', '/src/x.ts')).toBeNull();
  });
});
