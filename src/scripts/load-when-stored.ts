import { isStored } from '../stores/engine.ts';

/**
 * Calls `load` once: at once when the member has something stored under `key`, else when another
 * tab stores it, or when the caller calls the returned function (the member starts using the
 * feature). A page can so show what it was built with, and load a store's code only when the
 * member has data in it.
 */
export function loadWhenStored(key: string, load: () => void): () => void {
  let loaded = false;
  const start = () => {
    if (loaded) return;
    loaded = true;
    window.removeEventListener('storage', onStorage);
    load();
  };
  const onStorage = (event: StorageEvent) => event.key === key && start();
  window.addEventListener('storage', onStorage);
  if (isStored(key)) start();
  return start;
}
