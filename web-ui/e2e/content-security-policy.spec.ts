import { expect, test } from './support/test';

/**
 * The built app under the image's Content-Security-Policy (web-ui/nginx.conf, with this stack's
 * origins in its csp.conf): the pages a guest meets first render without a violation, Keycloak's
 * silent check-sso included. Every other journey fails on a violation too (support/test.ts); the last
 * step shows that a violation is caught.
 */
test('home, public feed and report form render under the Content-Security-Policy; a violation is caught', async ({ page, csp }) => {
  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy, "served with the image's policy (by its nginx.conf, not vite preview)").toContain("script-src 'self';");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sampaikan laporan Anda kepada pemerintah kota');
  // Keycloak answered the silent check-sso in its hidden frame: login is offered, not "unavailable".
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeEnabled();

  await page.getByRole('navigation').getByRole('link', { name: 'Laporan publik' }).click();
  await expect(page.getByTestId('public-list')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Buat laporan' }).click();
  await expect(page.getByLabel('Judul')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kirim laporan' })).toBeEnabled();

  // An image from an origin the policy does not name: refused, and reported both ways.
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'https://csp-canary.invalid/pixel.png';
    document.body.append(image);
  });
  const canary = (violation: string) => violation.includes('csp-canary.invalid');
  const caught: string[] = [];
  await expect
    .poll(() => {
      caught.push(...csp.take(canary));
      return caught.length;
    })
    .toBeGreaterThanOrEqual(2);
  expect(caught.some((v) => v.startsWith('console:'))).toBe(true);
  expect(caught.some((v) => v.includes('img-src refused https://csp-canary.invalid/pixel.png'))).toBe(true);
});
