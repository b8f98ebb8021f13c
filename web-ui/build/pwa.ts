import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * The service worker's build (ADR 0033): vite-plugin-pwa bundles src/features/offline/sw.ts into dist/sw.js and
 * Workbox writes the precache list into it. main.tsx registers it itself, and public/manifest.webmanifest is
 * served as written, so the plugin adds nothing to index.html (no inline script under the CSP).
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'injectManifest',
  srcDir: 'src/features/offline',
  filename: 'sw.ts',
  injectRegister: false,
  manifest: false,
  injectManifest: {
    // Every file of the build and of public/, so every code-split route works offline, not only the visited ones;
    // but no source maps, and never Keycloak's silent SSO page, which runs inside its iframe from the network.
    globPatterns: ['**/*'],
    globIgnores: ['**/*.map', 'silent-check-sso.html'],
    // A classic script, as main.tsx registers it.
    rollupFormat: 'iife',
  },
};
