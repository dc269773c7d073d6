// Tells the member when their study data could not be saved or read. Stores raise notices in the
// engine's $storageNotices (src/stores/engine.ts: storage unavailable or full; versioned-atom.ts:
// unreadable data kept aside); almost always there are none, so the notice island and Preact load
// only once there is one to show.
import { $storageNotices } from '../stores/engine.ts';
// Settings are read on every page (text size, role), so their problems are reported everywhere; other
// domains report theirs on the pages that use them.
import '../stores/settings.ts';

const region = document.querySelector<HTMLElement>('[data-storage-notices]');
let mounting = false;

if (region) {
  $storageNotices.subscribe((notices) => {
    if (mounting || notices.length === 0) return;
    mounting = true;
    // Once mounted, the island follows the store itself. A failed load (offline for a moment)
    // is tried again with the next notice.
    import('./storage-notices-mount.tsx').then(
      (m) => m.mountStorageNotices(region),
      () => (mounting = false),
    );
  });
}
