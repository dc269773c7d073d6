// Tells the member when their study data could not be saved or read. Stores raise notices in the
// engine's $storageNotices (src/stores/engine.ts: storage unavailable or full; versioned-atom.ts:
// unreadable data kept aside); almost always there are none, so the notice island and Preact load
// only once there is one to show.
import { $storageNotices, isStored, UNREAD_KEY } from '../stores/engine.ts';
// Settings are read on every page (text size, role), so their problems are reported everywhere; other
// domains report theirs on the pages that use them.
import '../stores/settings.ts';

const region = document.querySelector<HTMLElement>('[data-storage-notices]');
let mounting = false;
/** Loads the notice island once; it follows the store itself. A failed load (offline for a moment) is tried again with the next notice. */
const mount = () => {
  if (mounting || !region) return;
  mounting = true;
  import('./storage-notices-mount.tsx').then(
    (m) => m.mountStorageNotices(region),
    () => (mounting = false),
  );
};

$storageNotices.subscribe((notices) => notices.length > 0 && mount());
// A notice an earlier page raised as the member left it, not read yet.
if (isStored(UNREAD_KEY)) mount();
