// Copy-link buttons next to every anchored heading. One delegated listener; the message goes to the
// page's live region so it is read out and seen, and the URL is shown when the clipboard is refused.
const statusEl = document.querySelector<HTMLElement>('[data-copy-status]');

function say(message: string): void {
  if (!statusEl) return;
  statusEl.textContent = message;
  statusEl.hidden = false;
  window.clearTimeout(Number(statusEl.dataset.timer));
  statusEl.dataset.timer = String(window.setTimeout(() => (statusEl.hidden = true), 6000));
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-copy-link]');
  if (!button || !statusEl) return;
  const url = `${location.origin}${location.pathname}#${button.dataset.copyLink}`;
  try {
    await navigator.clipboard.writeText(url);
    say(statusEl.dataset.copied ?? '');
  } catch {
    say((statusEl.dataset.failed ?? '').replace('{url}', url));
  }
});
export {};
