/**
 * Opening and closing every in-page dialog through one path. Browsers with
 * `HTMLDialogElement.prototype.showModal` (all current ones) use it. Where it is missing — iOS
 * Safari before 15.4 and some in-app browsers, where `<dialog>` may not even be a known element —
 * the same element is shown as a non-modal fallback that behaves the same for the member: it sits
 * above the page with a backdrop, focus moves into it and is kept inside (Tab and Shift+Tab wrap),
 * Escape cancels it, and focus returns to where it was when it closes. The fallback fires the same
 * `cancel` and `close` events, so components handle both paths with one `onClose`.
 */

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Cleanup of a fallback dialog that is open, by element. */
const fallbacks = new WeakMap<HTMLElement, () => void>();

function focusables(el: HTMLElement): HTMLElement[] {
  return [...el.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((node) => !node.closest('[hidden]'));
}

/** Whether the browser can open `el` as a real modal dialog. */
export function hasNativeModal(el: HTMLElement): el is HTMLDialogElement {
  return typeof (el as Partial<HTMLDialogElement>).showModal === 'function';
}

/** Whether the dialog is showing, by either path. */
export function isDialogOpen(el: HTMLElement | null | undefined): boolean {
  return Boolean(el?.hasAttribute('open'));
}

/**
 * Shows `el` as a modal dialog (or the fallback). Focus goes to `initial` when given, else to the
 * element marked `autofocus`, else to the first control.
 */
export function showDialog(el: HTMLElement, initial?: HTMLElement | null): void {
  if (isDialogOpen(el)) return;
  if (hasNativeModal(el)) {
    el.showModal();
    initial?.focus();
    return;
  }
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  el.setAttribute('open', '');
  el.classList.add('dialog-fallback');
  el.setAttribute('role', 'dialog');
  el.setAttribute('aria-modal', 'true');
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      // As with a native dialog: `cancel` may be prevented to keep it open.
      if (el.dispatchEvent(new Event('cancel', { cancelable: true }))) closeDialog(el);
      return;
    }
    if (event.key !== 'Tab') return;
    const items = focusables(el);
    if (items.length === 0) return event.preventDefault();
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  // Focus that lands outside (a tap on the page behind) is brought back in. A dialog removed
  // while open (its component unmounted) lets go instead. The backdrop is the element's own
  // ::before (global.css), so it goes with the element and nothing is left on the page.
  const onFocusIn = (event: FocusEvent) => {
    if (!el.isConnected) return document.removeEventListener('focusin', onFocusIn);
    if (event.target instanceof Node && !el.contains(event.target)) (focusables(el)[0] ?? el).focus();
  };
  el.addEventListener('keydown', onKey);
  document.addEventListener('focusin', onFocusIn);
  fallbacks.set(el, () => {
    document.removeEventListener('focusin', onFocusIn);
    if (returnTo?.isConnected) returnTo.focus();
  });
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  (initial ?? el.querySelector<HTMLElement>('[autofocus]') ?? focusables(el)[0] ?? el).focus();
}

/** Closes the dialog (either path); the `close` event follows, as with a native dialog. */
export function closeDialog(el: HTMLElement | null | undefined): void {
  if (!el || !isDialogOpen(el)) return;
  if (hasNativeModal(el)) {
    el.close();
    return;
  }
  el.removeAttribute('open');
  el.classList.remove('dialog-fallback');
  fallbacks.get(el)?.();
  fallbacks.delete(el);
  // A native dialog queues its close event; so does the fallback, so handlers see the same order.
  setTimeout(() => el.dispatchEvent(new Event('close')), 0);
}
