import AxeBuilder from '@axe-core/playwright';
import { test, expect, hydrated } from './fixtures.ts';

const pages = ['/', '/study/', '/documents/plan/', '/documents/dangzhang/', '/categories/dangshi/'];

for (const scheme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`axe finds nothing on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await hydrated(page);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}
