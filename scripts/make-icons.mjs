// Renders the app icons (scripts/icons/*.svg, drawn for this site) to the PNGs the web app
// manifest and iOS need, with headless Chromium. Run after editing an SVG; the PNGs are committed.
// Usage: node scripts/make-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser } from './lib/bench-env.mjs';

const ICONS = [
  { svg: 'book.svg', out: 'icon-192.png', size: 192 },
  { svg: 'book.svg', out: 'icon-512.png', size: 512 },
  { svg: 'book-maskable.svg', out: 'maskable-512.png', size: 512 },
  // iOS draws its own rounded corners and ignores transparency: the full-bleed variant.
  { svg: 'book-maskable.svg', out: 'apple-touch-icon.png', size: 180 },
];

const browser = await launchBrowser();
try {
  for (const icon of ICONS) {
    const svg = readFileSync(new URL(`./icons/${icon.svg}`, import.meta.url), 'utf8');
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `)}</body></html>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
    writeFileSync(new URL(`../public/icons/${icon.out}`, import.meta.url), png);
    console.log(`public/icons/${icon.out} ${icon.size}×${icon.size}`);
    await page.close();
  }
} finally {
  await browser.close();
}
