import { useState } from 'preact/hooks';

/**
 * Lets a box take files dropped on it, as a shortcut beside its file input (the input stays the
 * keyboard and screen-reader way in). Spread `handlers` on the box; `dragging` is true while files
 * hover over it.
 */
export function useFileDrop(onFiles: (files: File[]) => void) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length > 0) onFiles(files);
    },
  };
  return { dragging, handlers };
}
