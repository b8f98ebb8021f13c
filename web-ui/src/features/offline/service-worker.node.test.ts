import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Plugin } from 'vite';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { precacheManifest, serviceWorkerPlugin, serviceWorkerSource, type BuildFile } from '../../../build/service-worker-plugin.ts';

const buildOutput: BuildFile[] = [
  { fileName: 'index.html', source: '<script src="/assets/index-W-ungd3i.js"></script>' },
  { fileName: 'assets/index-W-ungd3i.js', source: 'main' },
  { fileName: 'assets/index-Cd64UeTd.css', source: 'body{}' },
  { fileName: 'assets/new-report-B5VYfXzK.js', source: 'route' },
  { fileName: 'assets/track-report-CbjGUP9y.js', source: 'route' },
  { fileName: 'assets/index-W-ungd3i.js.map', source: '{}' },
];

describe('precacheManifest', () => {
  it('lists index.html and every emitted JS and CSS file, but no source maps', () => {
    const { urls } = precacheManifest(buildOutput);
    expect(urls).toEqual([
      '/assets/index-Cd64UeTd.css',
      '/assets/index-W-ungd3i.js',
      '/assets/new-report-B5VYfXzK.js',
      '/assets/track-report-CbjGUP9y.js',
      '/index.html',
    ]);
  });

  it('leaves out the service worker itself and Keycloak’s silent SSO page', () => {
    const { urls } = precacheManifest([
      ...buildOutput,
      { fileName: 'sw.js', source: '' },
      { fileName: 'silent-check-sso.html', source: '' },
      { fileName: 'config.js', source: '' },
    ]);
    expect(urls).toContain('/config.js');
    expect(urls).not.toContain('/sw.js');
    expect(urls).not.toContain('/silent-check-sso.html');
  });

  it('names the cache after the files: stable for the same build, new when any file changes', () => {
    const { cacheName } = precacheManifest(buildOutput);
    expect(cacheName).toMatch(/^aduan-[0-9a-f]{12}$/);
    expect(precacheManifest([...buildOutput].reverse()).cacheName).toBe(cacheName);
    const changed = buildOutput.map((f) => (f.fileName === 'index.html' ? { ...f, source: 'new shell' } : f));
    expect(precacheManifest(changed).cacheName).not.toBe(cacheName);
    expect(precacheManifest([...buildOutput, { fileName: 'assets/admin-X1.js', source: '' }]).cacheName).not.toBe(cacheName);
  });

  it('prefixes the base path', () => {
    expect(precacheManifest(buildOutput, '/aduan/').urls).toContain('/aduan/index.html');
  });
});

describe('serviceWorkerPlugin', () => {
  it('emits sw.js precaching every chunk and asset of the bundle and the public files', () => {
    const publicDir = mkdtempSync(join(tmpdir(), 'aduan-public-'));
    onTestFinished(() => rmSync(publicDir, { recursive: true, force: true }));
    mkdirSync(join(publicDir, 'icons'));
    writeFileSync(join(publicDir, 'config.js'), 'window.__APP_CONFIG__ = {};');
    writeFileSync(join(publicDir, 'manifest.webmanifest'), '{}');
    writeFileSync(join(publicDir, 'icons', 'icon-192.png'), 'png');
    writeFileSync(join(publicDir, 'silent-check-sso.html'), '<html></html>');

    const plugin = serviceWorkerPlugin() as Plugin & {
      configResolved: (config: unknown) => void;
      generateBundle: (this: unknown, options: unknown, bundle: unknown) => void;
    };
    plugin.configResolved({ base: '/', publicDir, build: { copyPublicDir: true } });
    const emitted: { fileName: string; source: string }[] = [];
    plugin.generateBundle.call({ emitFile: (file: { fileName: string; source: string }) => emitted.push(file) }, {}, {
      'index.html': { type: 'asset', fileName: 'index.html', source: '<html></html>' },
      'assets/index-A.js': { type: 'chunk', fileName: 'assets/index-A.js', code: 'main()' },
      'assets/landing-B.js': { type: 'chunk', fileName: 'assets/landing-B.js', code: 'landing()' },
      'assets/index-C.css': { type: 'asset', fileName: 'assets/index-C.css', source: new Uint8Array([1, 2]) },
    });

    expect(emitted.map((f) => f.fileName)).toEqual(['sw.js']);
    const precache = JSON.parse(/const PRECACHE = (.*);/.exec(emitted[0].source)![1]) as string[];
    expect(precache.sort()).toEqual(
      ['/assets/index-A.js', '/assets/index-C.css', '/assets/landing-B.js', '/config.js', '/icons/icon-192.png', '/index.html', '/manifest.webmanifest'].sort(),
    );
  });
});

/** Runs the generated worker against fake `self`, `caches` and `fetch`, as a browser would. */
function loadWorker(network: (url: string) => Promise<Response>) {
  const listeners: Record<string, (event: unknown) => void> = {};
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    return {
      addAll: async (requests: Request[]) => {
        for (const r of requests) store.set(new URL(r.url).pathname, await network(r.url));
      },
      put: async (key: Request | string, response: Response) => {
        store.set(typeof key === 'string' ? key : new URL(key.url).pathname, response);
      },
    };
  };
  const caches = {
    open,
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    match: async (key: Request | string, { cacheName }: { cacheName: string }) =>
      stores.get(cacheName)?.get(typeof key === 'string' ? key : new URL(key.url).pathname)?.clone(),
  };
  const precache = precacheManifest(buildOutput);
  runInNewContext(serviceWorkerSource(precache), {
    self: {
      addEventListener: (type: string, fn: (event: unknown) => void) => (listeners[type] = fn),
      location: new URL('https://aduan.example.id/'),
      clients: { claim: async () => undefined },
    },
    caches,
    fetch: (request: Request | string) => network(typeof request === 'string' ? request : request.url),
    // Relative URLs resolve against the worker's origin, as in a browser.
    Request: class {
      readonly url: string;
      constructor(url: string) {
        this.url = new URL(url, 'https://aduan.example.id/').href;
      }
    },
    URL,
    setTimeout,
    clearTimeout,
    Promise,
  });

  const waitFor = async (type: string, event: object = {}) => {
    let done: Promise<unknown> = Promise.resolve();
    listeners[type]({ ...event, waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  /** The response the worker gives, or undefined when it lets the browser go to the network itself. */
  const request = async (url: string, init: { method?: string; mode?: string } = {}) => {
    let answer: Promise<Response> | undefined;
    const req = { url, method: init.method ?? 'GET', mode: init.mode ?? 'cors' };
    listeners.fetch({ request: req, respondWith: (r: Promise<Response>) => (answer = r) });
    return answer;
  };
  return { precache, stores, waitFor, request };
}

describe('generated service worker', () => {
  const origin = 'https://aduan.example.id';
  const ok = (body: string) => Promise.resolve(new Response(body));

  it('precaches on install and drops older Aduan caches on activate', async () => {
    const sw = loadWorker((url) => ok(`net ${url}`));
    sw.stores.set('aduan-old', new Map());
    sw.stores.set('someone-else', new Map());

    await sw.waitFor('install');
    await sw.waitFor('activate');

    expect([...sw.stores.keys()].sort()).toEqual([sw.precache.cacheName, 'someone-else'].sort());
    expect([...sw.stores.get(sw.precache.cacheName)!.keys()].sort()).toEqual([...sw.precache.urls].sort());
  });

  it('never answers for the API, Keycloak, non-GET requests or the silent SSO page', async () => {
    const sw = loadWorker((url) => ok(url));
    expect(await sw.request('https://api.aduan.example.id/api/v1/reports')).toBeUndefined();
    expect(await sw.request('https://sso.aduan.example.id/realms/aduan/protocol/openid-connect/token')).toBeUndefined();
    expect(await sw.request('https://sso.aduan.example.id/resources/assets/login.css')).toBeUndefined();
    expect(await sw.request('https://api.aduan.example.id/config.js')).toBeUndefined();
    expect(await sw.request(`${origin}/api/v1/reports`)).toBeUndefined();
    expect(await sw.request(`${origin}/index.html`, { method: 'POST' })).toBeUndefined();
    expect(await sw.request(`${origin}/silent-check-sso.html`, { mode: 'navigate' })).toBeUndefined();
  });

  it('serves navigations from the network, and the cached app shell when offline', async () => {
    let online = true;
    const sw = loadWorker((url) => (online ? ok(`net ${new URL(url).pathname}`) : Promise.reject(new TypeError('offline'))));
    await sw.waitFor('install');

    expect(await (await sw.request(`${origin}/lacak/K7PX4M9Q`, { mode: 'navigate' }))!.text()).toBe('net /lacak/K7PX4M9Q');
    online = false;
    expect(await (await sw.request(`${origin}/lacak/K7PX4M9Q`, { mode: 'navigate' }))!.text()).toBe('net /index.html');
  });

  it('prefers the cached app shell to a gateway error', async () => {
    let gatewayDown = false;
    const sw = loadWorker((url) => ok(`net ${new URL(url).pathname}`).then((r) => (gatewayDown ? new Response('Bad gateway', { status: 502 }) : r)));
    await sw.waitFor('install');
    gatewayDown = true;

    const response = await sw.request(`${origin}/laporan/baru`, { mode: 'navigate' });

    expect(await response!.text()).toBe('net /index.html');
  });

  it('keeps config.js fresh when online and falls back to the last copy offline', async () => {
    let config = 'v1';
    let online = true;
    const sw = loadWorker((url) =>
      online ? ok(new URL(url).pathname === '/config.js' ? config : 'other') : Promise.reject(new TypeError('offline')),
    );
    await sw.waitFor('install');

    config = 'v2';
    expect(await (await sw.request(`${origin}/config.js`))!.text()).toBe('v2');
    await new Promise((resolve) => setTimeout(resolve, 0));
    online = false;
    expect(await (await sw.request(`${origin}/config.js`))!.text()).toBe('v2');
  });

  it('serves hashed assets from the cache first', async () => {
    const network = vi.fn((url: string) => ok(`net ${url}`));
    const sw = loadWorker(network);
    await sw.waitFor('install');
    network.mockClear();

    const response = await sw.request(`${origin}/assets/new-report-B5VYfXzK.js`);

    expect(await response!.text()).toBe(`net ${origin}/assets/new-report-B5VYfXzK.js`);
    expect(network).not.toHaveBeenCalled();
  });

  it('does not keep an HTML fallback answered for a missing chunk', async () => {
    const network = vi.fn(() => Promise.resolve(new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } })));
    const sw = loadWorker(network);

    await sw.request(`${origin}/assets/gone-Old123.js`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await sw.request(`${origin}/assets/gone-Old123.js`);

    expect(network).toHaveBeenCalledTimes(2);
  });
});
