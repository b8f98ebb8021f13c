/**
 * The service worker (dist/sw.js, scope "/"): keeps the app shell and every route's code on the device, so the form
 * opens without a connection and reports wait in the outbox (ADR 0007). vite-plugin-pwa builds it and Workbox fills
 * in self.__WB_MANIFEST with every file of the build and of public/ (ADR 0033). The API and Keycloak are other
 * origins and are never answered here, so no report, token or personal data lands in a cache.
 */
import { cacheNames, clientsClaim, setCacheNameDetails, type WorkboxPlugin } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope;

const BASE = import.meta.env.BASE_URL;
const SHELL = `${BASE}index.html`;
const CONFIG = `${BASE}config.js`;
// On a weak connection a request can hang for a long time before it fails: give up on the network
// after this long and answer from the cache, which holds the same version of the app.
const NETWORK_TIMEOUT_SECONDS = 5;
// Caches of the hand-written worker this one replaced (aduan-<hash of the build>).
const LEGACY_CACHE = /^aduan-[0-9a-f]{12}$/;

setCacheNameDetails({ prefix: 'aduan' });

/** A proxy's 502 while the island's link is down is no better than no answer at all. */
const serverErrorAsOffline: WorkboxPlugin = {
  fetchDidSucceed: async ({ response }) => {
    if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
    return response;
  },
};

/** Without a fresher copy in the runtime cache, the one precached with this version of the app. */
const precachedCopyOf = (url: string): WorkboxPlugin => ({
  cachedResponseWillBeUsed: async ({ cachedResponse }) => cachedResponse ?? (await matchPrecache(url)),
});

// Registered before the precache's own route: the first matching route answers.
registerRoute(
  new NavigationRoute(
    new NetworkFirst({
      cacheName: cacheNames.runtime,
      networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
      // Never stored: the response may be anything under this origin; offline, the precached shell stands in.
      plugins: [serverErrorAsOffline, { cacheWillUpdate: async () => null }, precachedCopyOf(SHELL)],
    }),
    // Keycloak's silent SSO check loads this page in an iframe; the app shell must never stand in for it.
    { denylist: [new RegExp(`^${BASE}silent-check-sso\\.html$`)] },
  ),
);

// Rendered per deployment and may change without a new build: fresh when online, last known when not.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname === CONFIG,
  new NetworkFirst({
    cacheName: cacheNames.runtime,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    fetchOptions: { cache: 'no-cache' },
    plugins: [serverErrorAsOffline, precachedCopyOf(CONFIG)],
  }),
);

// The build and public/ files, cache first: hashed names never change content, and a change to an unhashed
// file (index.html, the manifest, an icon) changes its revision, which installs a new worker.
precacheAndRoute(self.__WB_MANIFEST);

// A chunk that is not precached (one of a newer deployment, asked for by an open page) is safe to keep;
// unless a server's SPA fallback answered the missing chunk with index.html, which must not stick.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith(`${BASE}assets/`),
  new CacheFirst({
    cacheName: cacheNames.runtime,
    plugins: [
      {
        cacheWillUpdate: async ({ response }) =>
          response.ok && !(response.headers.get('Content-Type') ?? '').startsWith('text/html') ? response : null,
      },
    ],
  }),
);

// No skipWaiting(): an open page may still lazy-load chunks of its own version, which activate would delete.
clientsClaim();
cleanupOutdatedCaches();
self.addEventListener('activate', (event) => {
  // The new version precached its own files: what the runtime cache kept for the old one can go.
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n === cacheNames.runtime || LEGACY_CACHE.test(n)).map((n) => caches.delete(n)))),
  );
});
