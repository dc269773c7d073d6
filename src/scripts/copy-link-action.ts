// Copies the link to a heading (src/scripts/copy-link.ts loads this on the first copy-link click).
// The message goes to the page's live region so it is read out and seen, and the URL is shown
// when the clipboard is refused.

function say(statusEl: HTMLElement, message: string): void {
  statusEl.textContent = message;
  statusEl.hidden = false;
  window.clearTimeout(Number(statusEl.dataset.timer));
  statusEl.dataset.timer = String(window.setTimeout(() => (statusEl.hidden = true), 6000));
}

/** Copies the address of the heading `button` belongs to and says whether it worked in `statusEl`. */
export async function copyLink(button: HTMLElement, statusEl: HTMLElement): Promise<void> {
  const url = `${location.origin}${location.pathname}#${button.dataset.copyLink}`;
  try {
    await navigator.clipboard.writeText(url);
    say(statusEl, statusEl.dataset.copied ?? '');
  } catch {
    say(statusEl, (statusEl.dataset.failed ?? '').replace('{url}', url));
  }
}
