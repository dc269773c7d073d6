import { describe, expect, it } from 'vitest';
import { failedModuleUrl } from '../../../src/lib/failed-module-url.ts';

describe('failedModuleUrl', () => {
  it('finds the address in Chromium and Firefox messages, and nothing where none is named', () => {
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: https://example.org/_astro/quiz-record.Dye3IOav.js'))).toBe(
      'https://example.org/_astro/quiz-record.Dye3IOav.js',
    );
    expect(failedModuleUrl(new TypeError('error loading dynamically imported module: http://127.0.0.1:4399/_astro/a.B-c_d.js?x=1'))).toBe('http://127.0.0.1:4399/_astro/a.B-c_d.js');
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
    expect(failedModuleUrl('offline')).toBeUndefined();
  });
});
