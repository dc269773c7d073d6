// Vite plugin: `import strings from 'virtual:zh-CN/quiz'` gives the `quiz.` strings of
// src/i18n/zh-CN.ts and nothing else, so an island ships its own areas of the one dictionary
// instead of all of it (a module is the smallest piece a bundler can split).
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const PREFIX = 'virtual:zh-CN/';

/** @param {string} dictionaryPath absolute path of src/i18n/zh-CN.ts */
export function dictionaryAreas(dictionaryPath) {
  return {
    name: 'lxyz-dictionary-areas',
    /** @param {string} id */
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    /** @param {string} id */
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const area = id.slice(PREFIX.length + 1);
      this.addWatchFile(dictionaryPath);
      // The modification time in the URL makes Node read the file again after an edit (dev server).
      const dictionary = await import(`${pathToFileURL(dictionaryPath).href}?v=${statSync(dictionaryPath).mtimeMs}`);
      const strings = dictionary[`${area}Strings`];
      if (!strings) this.error(`zh-CN.ts 中没有 “${area}.” 开头的文字`);
      return `export default ${JSON.stringify(strings)};`;
    },
  };
}
