import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { serviceWorkerTemplate } from './service-worker-template.ts';

export type BuildFile = { fileName: string; source: string | Uint8Array };
export type Precache = { cacheName: string; urls: string[] };

/** Public files that must always come from the network: Keycloak's silent SSO page runs inside its iframe. */
const NEVER_PRECACHE = new Set(['silent-check-sso.html']);
const SW_FILE = 'sw.js';

/**
 * What the service worker stores at install: every emitted file of the build (so every code-split route works
 * offline, not only the visited ones) and the public files. The cache name hashes names and contents, so any
 * change (even to an unhashed public file such as the manifest) installs a fresh cache and drops the old one.
 */
export function precacheManifest(files: BuildFile[], base = '/'): Precache {
  const kept = files
    .filter(({ fileName }) => !fileName.endsWith('.map') && fileName !== SW_FILE && !NEVER_PRECACHE.has(fileName))
    .sort((a, b) => a.fileName.localeCompare(b.fileName));
  const hash = createHash('sha256');
  for (const { fileName, source } of kept) {
    hash.update(fileName).update('\0').update(createHash('sha256').update(source).digest('hex')).update('\0');
  }
  return {
    cacheName: `aduan-${hash.digest('hex').slice(0, 12)}`,
    urls: kept.map(({ fileName }) => `${base}${fileName}`),
  };
}

/** The service worker's source with the precache list baked in. */
export function serviceWorkerSource(precache: Precache, base = '/'): string {
  return serviceWorkerTemplate
    .replace('__CACHE_NAME__', JSON.stringify(precache.cacheName))
    .replace('__PRECACHE_URLS__', JSON.stringify(precache.urls))
    .replace('__BASE__', JSON.stringify(base));
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch {
    return [];
  }
}

/** Emits dist/sw.js at build time; no Workbox, so the app keeps its short dependency list. */
export function serviceWorkerPlugin(): Plugin {
  let base = '/';
  let publicDir = '';
  return {
    name: 'aduan-service-worker',
    apply: 'build',
    // After Vite's own plugins, so index.html and the CSS are already in the bundle.
    enforce: 'post',
    configResolved(config) {
      base = config.base;
      publicDir = config.build.copyPublicDir ? config.publicDir : '';
    },
    generateBundle(_options, bundle) {
      const emitted: BuildFile[] = Object.values(bundle).map((output) => ({
        fileName: output.fileName,
        source: output.type === 'chunk' ? output.code : output.source,
      }));
      const inPublic: BuildFile[] = publicDir
        ? listFiles(publicDir).map((fileName) => ({ fileName, source: readFileSync(join(publicDir, fileName)) }))
        : [];
      const precache = precacheManifest([...emitted, ...inPublic], base);
      this.emitFile({ type: 'asset', fileName: SW_FILE, source: serviceWorkerSource(precache, base) });
    },
  };
}
