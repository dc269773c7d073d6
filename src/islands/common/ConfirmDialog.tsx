import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { closeDialog, isDialogOpen, showDialog } from './dialog.ts';

interface Props {
  /** Whether the dialog is showing. */
  open: boolean;
  /** Heading, also the dialog's accessible name. */
  title: string;
  /** What will happen, in words. */
  children?: ComponentChildren;
  /** Label of the button that goes ahead, e.g. 删除. */
  confirmLabel: string;
  /** Label of the button that backs out, e.g. 取消. */
  cancelLabel: string;
  onConfirm: () => void;
  /** Called on the cancel button, Escape or a click outside. */
  onCancel: () => void;
}

/**
 * An in-page confirmation (WeChat's browser blocks window.confirm): a modal dialog that keeps
 * focus inside, starts on the safe choice and gives focus back when it closes — also where
 * `showModal` is missing (see ./dialog.ts).
 */
export default function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // The close event is queued: one we caused ourselves must not read as the member backing out of
  // a dialog that has been opened again since.
  const closingOurselves = useRef(false);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !isDialogOpen(el)) {
      showDialog(el, cancel.current);
    } else if (!open && isDialogOpen(el)) {
      closingOurselves.current = true;
      closeDialog(el);
    }
  }, [open]);
  const onClose = () => {
    if (closingOurselves.current) {
      closingOurselves.current = false;
      return;
    }
    if (!isDialogOpen(dialog.current)) onCancel();
  };
  const id = `confirm-${title.length}-${confirmLabel.length}`;
  return (
    <dialog ref={dialog} class="confirm-dialog" aria-labelledby={id} onClose={onClose}>
      <h2 id={id}>{title}</h2>
      {children}
      <div class="dialog-actions">
        <button type="button" class="button" onClick={onConfirm}>{confirmLabel}</button>
        <button type="button" class="button secondary" ref={cancel} onClick={onCancel}>{cancelLabel}</button>
      </div>
    </dialog>
  );
}
