interface Props {
  /** What just happened, e.g. 已删除“……”。 */
  message: string;
  /** Label of the undo button, e.g. 撤销. */
  undoLabel: string;
  onUndo: () => void;
  /** Label of the button that hides the notice. */
  dismissLabel: string;
  onDismiss: () => void;
}

/** A polite notice after a deletion with a button that puts things back. */
export default function UndoNotice({ message, undoLabel, onUndo, dismissLabel, onDismiss }: Props) {
  return (
    <div class="undo-notice" role="status">
      <span>{message}</span>
      <button type="button" class="button small" onClick={onUndo}>{undoLabel}</button>
      <button type="button" class="button secondary small" onClick={onDismiss}>{dismissLabel}</button>
    </div>
  );
}
