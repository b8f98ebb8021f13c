/**
 * The service worker, as plain JavaScript for the browser; service-worker-plugin.ts fills in the placeholders.
 * Kept as a string so it ships exactly as written (no bundling, no imports) and stays small.
 */
export const serviceWorkerTemplate = `/* Aduan service worker: generated at build time by web-ui/build/service-worker-plugin.ts. */
const CACHE = __CACHE_NAME__;
const PRECACHE = __PRECACHE_URLS__;
const BASE = __BASE__;
const INDEX = BASE + 'index.html';
const CONFIG = BASE + 'config.js';
// On a weak connection a request can hang for a long time before it fails: give up on the network
// after this long and answer from the cache, which holds the same version of the app.
const NETWORK_TIMEOUT_MS = 5000;

self.addEventListener('install', (event) => {
  // cache: 'reload' bypasses the HTTP cache, so a stale copy cannot slip into the new version.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))),
  );
  // No skipWaiting(): an open page may still lazy-load chunks of its own version, which activate would delete.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('aduan-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

function withTimeout(promise) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

async function networkFirst(request, cacheKey, { store }) {
  let response;
  try {
    // A navigation request is passed on as it is (new options would change its mode); config.js is revalidated.
    response = await withTimeout(store ? fetch(request, { cache: 'no-cache' }) : fetch(request));
  } catch (error) {
    return (await caches.match(cacheKey, { cacheName: CACHE })) || Promise.reject(error);
  }
  // A proxy's 502 while the island's link is down is no better than no answer at all.
  if (response.status >= 500) return (await caches.match(cacheKey, { cacheName: CACHE })) || response;
  if (store && response.ok) {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(cacheKey, copy));
  }
  return response;
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  if (cached) return cached;
  const response = await fetch(request);
  // Hashed names never change content, so a miss (e.g. a chunk of a newer deployment) is safe to keep;
  // unless a server's SPA fallback answered a missing chunk with index.html, which must not stick.
  if (response.ok && !(response.headers.get('Content-Type') || '').startsWith('text/html')) {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // The API and Keycloak are other origins (or same-origin paths not listed here): they always go to the
  // network untouched, so no report, token or personal data ever lands in the cache.
  if (url.origin !== self.location.origin) return;
  const path = url.pathname;

  if (request.mode === 'navigate') {
    // Keycloak's silent SSO check loads this page in an iframe; the app shell must never stand in for it.
    if (path === BASE + 'silent-check-sso.html') return;
    // Never stored: the response may be anything under this origin; the shell comes from the precache.
    event.respondWith(networkFirst(request, INDEX, { store: false }));
  } else if (path === CONFIG) {
    // Rendered per deployment and may change without a new build: fresh when online, last known when not.
    event.respondWith(networkFirst(request, CONFIG, { store: true }));
  } else if (path.startsWith(BASE + 'assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (PRECACHE.includes(path)) {
    // Icons and the manifest: the cache name changes whenever their content does.
    event.respondWith(caches.match(path, { cacheName: CACHE }).then((cached) => cached || fetch(request)));
  }
});
`;
