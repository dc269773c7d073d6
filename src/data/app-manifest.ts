import site from '../../site.config.ts';
import { t } from '../i18n/t.ts';

/** Light and dark theme colours, as in src/styles/global.css (--red and the dark --bg). */
export const THEME_LIGHT = '#b3121b';
export const THEME_DARK = '#161514';

/** The web app manifest: installs the site to the home screen as 学习园地. Icons: scripts/make-icons.mjs. */
export function appManifest() {
  return {
    name: site.siteTitle,
    short_name: t('offline.app.shortName'),
    description: t('home.lead', { unit: site.unitName }),
    lang: 'zh-CN',
    dir: 'ltr',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: THEME_LIGHT,
    background_color: '#fbfaf7',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
