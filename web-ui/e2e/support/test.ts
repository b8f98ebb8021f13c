import { test as base, expect } from '@playwright/test';

export { expect };
export type { Page } from '@playwright/test';

/** The Content-Security-Policy violations of the app's pages so far; `take` removes those matching. */
export type CspViolations = { take: (matching: (violation: string) => boolean) => string[] };

/**
 * Playwright's `test`, failing any test in which the app breaks its Content-Security-Policy (sent by
 * web-ui/nginx.conf, as the image serves it). Each violation is seen twice, as a
 * securitypolicyviolation event and as a console error, in every frame of the app's origin
 * (Keycloak's own pages have a policy of their own). A test that provokes one on purpose takes it.
 */
export const test = base.extend<{ csp: CspViolations }>({
  csp: [
    async ({ context, baseURL }, use) => {
      const app = new URL(baseURL!).origin;
      let seen: string[] = [];
      const ofApp = (url: string | undefined) => !!url && url.startsWith(`${app}/`);
      await context.exposeBinding('__aduanCspViolation', ({ frame }, violation: string) => {
        if (ofApp(frame.url())) seen.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __aduanCspViolation: (violation: string) => void }).__aduanCspViolation;
          report(`${e.documentURI}: ${e.effectiveDirective} refused ${e.blockedURI || 'an inline source'}${e.sample ? ` (${e.sample})` : ''}`);
        });
      });
      context.on('console', (message) => {
        if (message.type() !== 'error' || !/Content Security Policy/i.test(message.text())) return;
        if (ofApp(message.location().url) || ofApp(message.page()?.url())) seen.push(`console: ${message.text()}`);
      });
      await use({
        take: (matching) => {
          const taken = seen.filter(matching);
          seen = seen.filter((violation) => !matching(violation));
          return taken;
        },
      });
      expect(seen, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
