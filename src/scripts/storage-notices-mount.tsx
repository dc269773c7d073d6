// Loaded by src/scripts/storage-notices.ts only when there is a storage notice to show.
import { render } from 'preact';
import StorageNotice from '../islands/StorageNotice.tsx';

/** Shows the storage notices in the layout's (server-rendered, empty) notice region. */
export function mountStorageNotices(region: HTMLElement): void {
  render(<StorageNotice />, region);
}
