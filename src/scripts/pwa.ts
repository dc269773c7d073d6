// Every page: registers the service worker (dist/sw.js, written by scripts/service-worker.mjs), shows the 离线
// badge while the browser has no network, and offers a waiting new version. The markup and its
// text are in BaseLayout; this only shows and hides it.
const badge = document.querySelector<HTMLElement>('[data-offline-badge]');
const notice = document.querySelector<HTMLElement>('[data-update-notice]');
const updateButton = notice?.querySelector<HTMLButtonElement>('button');

function showBadge(): void {
  if (badge) badge.hidden = navigator.onLine;
}
addEventListener('online', showBadge);
addEventListener('offline', showBadge);
showBadge();

/** Shows the update notice; a click lets the waiting version take over (then every tab reloads). */
function offerUpdate(waiting: ServiceWorker): void {
  if (!notice || !updateButton) return;
  notice.hidden = false;
  updateButton.onclick = () => {
    updateButton.disabled = true;
    updateButton.textContent = updateButton.dataset.busy ?? '';
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
}

function register(): void {
  const sw = navigator.serviceWorker;
  // The first install takes control of an open page without reloading it; after that, a change of
  // controller is an accepted update, and a page of the old version must not keep running beside
  // the new version's files.
  let controlled = Boolean(sw.controller);
  let reloading = false;
  sw.addEventListener('controllerchange', () => {
    if (controlled && !reloading) {
      reloading = true;
      location.reload();
    }
    controlled = true;
  });
  sw.register('/sw.js', { updateViaCache: 'none' }).then(
    (registration: ServiceWorkerRegistration | undefined) => {
      // Some embedded browsers (and test tools that block service workers) resolve with nothing.
      if (!registration) return;
      if (registration.waiting && sw.controller) offerUpdate(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && sw.controller) offerUpdate(installing);
        });
      });
    },
    // No service worker (private mode in some browsers, an old WebView): the site works online as before.
    () => undefined,
  );
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // A moment after the page has loaded, so the first visit's precache (every page's code and text) never
  // competes with the page itself. Registered at `load`, its install ran on a second thread while the page
  // painted and hydrated: on two cores (Lighthouse mobile) a document page's total blocking time reached
  // 440 ms; started 2 s after `load`, it stayed under 90 ms.
  // (A module script in the page runs before `load`.)
  addEventListener('load', () => setTimeout(register, 2000));
}
