import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { getManifest } from 'workbox-build';
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { pwaOptions } from '../../../build/pwa.ts';

const webUi = fileURLToPath(new URL('../../..', import.meta.url));
const origin = 'https://aduan.example.id';
const { globPatterns, globIgnores } = pwaOptions.injectManifest!;
// What vite-plugin-pwa passes for Vite's assets/ folder: hashed names need no revision.
const dontCacheBustURLsMatching = /^assets\//;

/** The precache list Workbox writes into sw.js for a build folder holding `files`. */
async function precacheList(files: string[]) {
  const dist = mkdtempSync(join(tmpdir(), 'aduan-dist-'));
  onTestFinished(() => rmSync(dist, { recursive: true, force: true }));
  for (const file of files) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), file);
  }
  const { manifestEntries } = await getManifest({ globDirectory: dist, globPatterns, globIgnores, dontCacheBustURLsMatching });
  return manifestEntries ?? [];
}

const builtFiles = [
  'index.html',
  'assets/index-W-ungd3i.js',
  'assets/index-Cd64UeTd.css',
  'assets/new-report-B5VYfXzK.js',
  'assets/index-W-ungd3i.js.map',
  'config.js',
  'manifest.webmanifest',
  'icon-192.png',
  'silent-check-sso.html',
  'silent-check-sso.js',
];

describe('precache list', () => {
  it('holds every file of the build and of public/, but no source maps and not the silent SSO page', async () => {
    const urls = (await precacheList(builtFiles)).map((entry) => entry.url);
    expect(urls.sort()).toEqual(
      [
        'assets/index-Cd64UeTd.css',
        'assets/index-W-ungd3i.js',
        'assets/new-report-B5VYfXzK.js',
        'config.js',
        'icon-192.png',
        'index.html',
        'manifest.webmanifest',
        'silent-check-sso.js',
      ].sort(),
    );
  });

  it('revisions the unhashed files by content, so changing one installs a new worker', async () => {
    const entries = await precacheList(builtFiles);
    const revision = (url: string) => entries.find((entry) => entry.url === url)?.revision;
    expect(revision('assets/index-W-ungd3i.js')).toBeNull();
    expect(revision('index.html')).toMatch(/^[0-9a-f]{32}$/);
    expect(revision('config.js')).not.toBe(revision('index.html'));
  });
});

let workerCode = '';
beforeAll(async () => {
  // Built as vite-plugin-pwa builds it (an IIFE, Workbox without its development logs), but not written out.
  const output = (await build({
    configFile: false,
    root: webUi,
    logLevel: 'silent',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { write: false, minify: false, lib: { entry: 'src/features/offline/sw.ts', name: 'sw', formats: ['iife'] } },
  })) as Rolldown.RolldownOutput[];
  workerCode = output[0].output[0].code;
}, 60_000);

class FakeCache {
  readonly entries = new Map<string, Response>();
  async match(key: RequestInfo | URL, options?: CacheQueryOptions) {
    const url = urlOf(key);
    const found = options?.ignoreSearch
      ? [...this.entries].find(([stored]) => stored.split('?')[0] === url.split('?')[0])?.[1]
      : this.entries.get(url);
    return found?.clone();
  }
  async put(key: RequestInfo | URL, response: Response) {
    this.entries.set(urlOf(key), response);
  }
  async delete(key: RequestInfo | URL) {
    return this.entries.delete(urlOf(key));
  }
  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
}
const urlOf = (key: RequestInfo | URL) => new URL(typeof key === 'string' || key instanceof URL ? key : key.url, origin).href;

type Listener = (event: Record<string, unknown>) => void;
type Network = (url: string, init?: RequestInit) => Promise<Response>;

/** Runs the built worker against fake `self`, `caches` and `fetch`, as a browser would. */
function loadWorker(network: Network, manifest = [{ url: 'index.html', revision: 'r1' }, { url: 'config.js', revision: 'c1' }, { url: 'assets/index-W-ungd3i.js', revision: null }]) {
  const listeners = new Map<string, Listener[]>();
  const stores = new Map<string, FakeCache>();
  const caches = {
    open: async (name: string) => stores.get(name) ?? stores.set(name, new FakeCache()).get(name)!,
    has: async (name: string) => stores.has(name),
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    match: async (key: RequestInfo, options?: MultiCacheQueryOptions) =>
      options?.cacheName ? stores.get(options.cacheName)?.match(key, options) : undefined,
  };
  const location = new URL(`${origin}/sw.js`);
  const registration = { scope: `${origin}/` };
  const self = {
    __WB_MANIFEST: manifest,
    location,
    registration,
    caches,
    clients: { claim: vi.fn(async () => undefined) },
    skipWaiting: vi.fn(),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
  };
  const fetch = vi.fn((request: Request, init?: RequestInit) => network(request.url, init));
  new Function('self', 'caches', 'location', 'registration', 'fetch', 'FetchEvent', workerCode)(
    self,
    caches,
    location,
    registration,
    fetch,
    class FetchEvent {},
  );

  const lifecycle = async (type: 'install' | 'activate') => {
    const pending: Promise<unknown>[] = [];
    for (const listener of listeners.get(type) ?? []) listener({ type, waitUntil: (p: Promise<unknown>) => pending.push(p) });
    for (let i = 0; i < pending.length; i++) await pending[i];
  };
  /** The response the worker gives, or undefined when it lets the browser go to the network itself. */
  const request = (url: string, init: { method?: string; mode?: 'navigate' } = {}) => {
    const req = new Request(url, { method: init.method ?? 'GET' });
    // A navigation request cannot be built outside a browser; the worker only reads its mode.
    if (init.mode) Object.defineProperty(req, 'mode', { value: init.mode });
    let answer: Promise<Response> | undefined;
    const event = { request: req, respondWith: (r: Promise<Response>) => (answer = r), waitUntil: () => undefined };
    for (const listener of listeners.get('fetch') ?? []) listener(event);
    return answer;
  };
  const text = async (url: string, init?: { mode?: 'navigate' }) => (await request(url, init))?.text();
  return { stores, self, fetch, lifecycle, request, text };
}

const ok = (body: string) => Promise.resolve(new Response(body));
const offline = () => Promise.reject(new TypeError('Failed to fetch'));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('service worker', () => {
  it('precaches on install; on activate claims the pages and drops older versions’ caches, not others’', async () => {
    const sw = loadWorker((url) => ok(`net ${new URL(url).pathname}`));
    sw.stores.set('aduan-0123456789ab', new FakeCache());
    sw.stores.set(`aduan-runtime-${origin}/`, new FakeCache());
    sw.stores.set('someone-else', new FakeCache());

    await sw.lifecycle('install');
    await sw.lifecycle('activate');

    const precache = [...sw.stores.keys()].find((name) => name.startsWith('aduan-precache'))!;
    expect([...sw.stores.keys()].sort()).toEqual([precache, 'someone-else']);
    expect([...sw.stores.get(precache)!.entries.keys()].map((url) => url.split('?')[0]).sort()).toEqual(
      [`${origin}/assets/index-W-ungd3i.js`, `${origin}/config.js`, `${origin}/index.html`].sort(),
    );
    expect(sw.self.clients.claim).toHaveBeenCalled();
    // An open page may still lazy-load chunks of its own version.
    expect(sw.self.skipWaiting).not.toHaveBeenCalled();
  });

  it('never answers for the API, Keycloak, non-GET requests or the silent SSO page', async () => {
    const sw = loadWorker((url) => ok(url));
    await sw.lifecycle('install');
    expect(sw.request('https://api.aduan.example.id/api/v1/reports')).toBeUndefined();
    expect(sw.request('https://sso.aduan.example.id/realms/aduan/protocol/openid-connect/token')).toBeUndefined();
    expect(sw.request('https://sso.aduan.example.id/resources/assets/login.css')).toBeUndefined();
    expect(sw.request('https://api.aduan.example.id/config.js')).toBeUndefined();
    expect(sw.request(`${origin}/api/v1/reports`)).toBeUndefined();
    expect(sw.request(`${origin}/index.html`, { method: 'POST' })).toBeUndefined();
    expect(sw.request(`${origin}/silent-check-sso.html`, { mode: 'navigate' })).toBeUndefined();
  });

  it('serves navigations from the network, and the precached app shell when offline', async () => {
    let online = true;
    const sw = loadWorker((url) => (online ? ok(`net ${new URL(url).pathname}`) : offline()));
    await sw.lifecycle('install');

    expect(await sw.text(`${origin}/lacak/K7PX4M9Q`, { mode: 'navigate' })).toBe('net /lacak/K7PX4M9Q');
    online = false;
    expect(await sw.text(`${origin}/lacak/K7PX4M9Q`, { mode: 'navigate' })).toBe('net /index.html');
  });

  it('prefers the precached app shell to a gateway error, and stores no page', async () => {
    let gatewayDown = false;
    const sw = loadWorker((url) => (gatewayDown ? Promise.resolve(new Response('Bad gateway', { status: 502 })) : ok(`net ${new URL(url).pathname}`)));
    await sw.lifecycle('install');
    expect(await sw.text(`${origin}/laporan/baru`, { mode: 'navigate' })).toBe('net /laporan/baru');
    gatewayDown = true;

    expect(await sw.text(`${origin}/laporan/baru`, { mode: 'navigate' })).toBe('net /index.html');
    await settle();
    expect([...sw.stores.values()].flatMap((cache) => [...cache.entries.keys()])).not.toContain(`${origin}/laporan/baru`);
  });

  it('keeps config.js fresh when online and falls back to the last copy offline', async () => {
    let config = 'v1';
    let online = true;
    const sw = loadWorker((url) => (online ? ok(new URL(url).pathname === '/config.js' ? config : 'other') : offline()));
    await sw.lifecycle('install');

    config = 'v2';
    expect(await sw.text(`${origin}/config.js`)).toBe('v2');
    expect(sw.fetch).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ cache: 'no-cache' }));
    await settle();
    online = false;
    expect(await sw.text(`${origin}/config.js`)).toBe('v2');
  });

  it('answers config.js from the precache when offline before any fresher copy', async () => {
    let online = true;
    const sw = loadWorker((url) => (online ? ok(`installed ${new URL(url).pathname}`) : offline()));
    await sw.lifecycle('install');
    online = false;

    expect(await sw.text(`${origin}/config.js`)).toBe('installed /config.js');
  });

  it('serves precached assets from the cache, without the network', async () => {
    const sw = loadWorker((url) => ok(`net ${new URL(url).pathname}`));
    await sw.lifecycle('install');
    sw.fetch.mockClear();

    expect(await sw.text(`${origin}/assets/index-W-ungd3i.js`)).toBe('net /assets/index-W-ungd3i.js');
    expect(sw.fetch).not.toHaveBeenCalled();
  });

  it('keeps a chunk of a newer deployment, but not an HTML fallback answered for a missing chunk', async () => {
    const network = vi.fn((url: string) =>
      url.includes('gone')
        ? Promise.resolve(new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }))
        : Promise.resolve(new Response('chunk', { headers: { 'Content-Type': 'text/javascript' } })),
    );
    const sw = loadWorker(network);
    await sw.lifecycle('install');
    network.mockClear();

    for (let i = 0; i < 2; i++) {
      await sw.text(`${origin}/assets/newer-Abc123.js`);
      await sw.text(`${origin}/assets/gone-Old123.js`);
      await settle();
    }

    expect(network.mock.calls.map(([url]) => new URL(url).pathname)).toEqual([
      '/assets/newer-Abc123.js',
      '/assets/gone-Old123.js',
      '/assets/gone-Old123.js',
    ]);
  });
});
