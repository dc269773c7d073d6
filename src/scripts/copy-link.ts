// Copy-link buttons next to every anchored heading: one delegated listener; the copying itself
// (src/scripts/copy-link-action.ts) loads on the first click.
import { later } from './document-data.ts';

const statusEl = document.querySelector<HTMLElement>('[data-copy-status]');

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLElement>('[data-copy-link]');
  if (button && statusEl) void later().then((l) => l.copyLinkAction()).then((m) => m.copyLink(button, statusEl));
});

