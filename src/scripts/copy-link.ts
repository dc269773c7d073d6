// Copy-link buttons next to every anchored heading. One delegated listener; the message goes to the
// page's live region so it is read out and seen, and the URL is shown when the clipboard is refused.
const status = document.querySelector<HTMLElement>('[data-copy-status]');

function say(message: string): void {
  if (!status) return;
  status.textContent = message;
  status.hidden = false;
  window.clearTimeout(Number(status.dataset.timer));
  status.dataset.timer = String(window.setTimeout(() => (status.hidden = true), 6000));
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-copy-link]');
  if (!button || !status) return;
  const url = `${location.origin}${location.pathname}#${button.dataset.copyLink}`;
  try {
    await navigator.clipboard.writeText(url);
    say(status.dataset.copied ?? '');
  } catch {
    say((status.dataset.failed ?? '').replace('{url}', url));
  }
});
