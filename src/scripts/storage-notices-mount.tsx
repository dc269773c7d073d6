// Loaded by src/scripts/storage-notices.ts only when there is a storage notice to show.
import { render } from 'preact';
import StorageNotice from '../islands/StorageNotice.tsx';
import { showUnreadNotices } from '../stores/unread-notices.ts';

/** Shows the storage notices in the layout's (server-rendered, empty) notice region, with those earlier pages left unread. */
export function mountStorageNotices(region: HTMLElement): void {
  showUnreadNotices();
  render(<StorageNotice />, region);
}
