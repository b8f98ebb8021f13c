import { expect, test } from './support/test';
import { checkPage, stackOf, tokenOf } from './support/helpers';

/**
 * A guest on a dropped connection: the report is queued on the device and, when the connection
 * returns, sent exactly once (the queued Idempotency-Key makes a retry harmless). Once is counted
 * twice: the page's own POSTs, and the reports the server stored under the test's unique title, as
 * the admins' verification queue lists them (a send from elsewhere, or one the page did not see,
 * would show there).
 *
 * Playwright's offline emulation also fails requests a service worker would answer from its cache
 * (microsoft/playwright#2311), so the page is fully loaded before going offline; the worker's
 * offline behaviour is tested in src/features/offline/service-worker.node.test.ts.
 */
test('offline: submit, go online — exactly one report is created', async ({ page, context, request }) => {
  const title = `Air PDAM tidak mengalir e2e offline ${Date.now()}`;
  const posts: number[] = [];
  page.on('response', (response) => {
    if (response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/v1/reports') {
      posts.push(response.status());
    }
  });

  await page.goto('/laporan/baru');
  await expect(page.getByLabel('Judul')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeEnabled();

  // Installable: Chromium itself finds nothing missing (manifest, icons, service worker); only
  // the test browser's incognito profile stands in the way of an actual install.
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);

  await context.setOffline(true);
  await expect(page.getByText('Anda sedang luring. Laporan disimpan').first()).toBeVisible();
  await page.getByLabel('Judul').fill(title);
  await page.getByLabel('Isi laporan').fill('Sudah tiga hari air PDAM tidak mengalir di RT 05 Kelurahan Oebufu.');
  await page.getByRole('button', { name: 'Simpan dan kirim nanti' }).click();
  await expect(page.getByTestId('report-queued')).toBeVisible();
  await expect(page.getByTestId('outbox-queued')).toContainText(title);
  await checkPage(page, '31-offline-queued');
  expect(posts).toEqual([]);

  await context.setOffline(false);
  const code = page.getByTestId('outbox-tracking-code').first();
  await expect(code).toHaveText(/^[A-Z0-9]{6,12}$/, { timeout: 30_000 });
  await expect(page.getByTestId('outbox-queued')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Laporan sudah terkirim' })).toBeVisible();
  await checkPage(page, '32-offline-sent');
  expect(posts).toEqual([201]);

  const trackingCode = (await code.innerText()).trim();
  await page.goto(`/lacak/${trackingCode}`);
  // Sent and stored, not verified yet: tracking shows its status under its code, not its title.
  await expect(page.getByTestId('tracked-report').getByRole('heading')).toHaveText(`Laporan ${trackingCode}`);
  // Nothing is left to send: another start of the app posts nothing.
  await page.reload();
  await expect(page.getByTestId('tracked-report')).toBeVisible();
  await page.waitForTimeout(1500);
  expect(posts).toEqual([201]);

  // On the server: exactly one stored report with this title, the one the page was given a code for.
  // A guest has no list of their own; every new report waits in the admins' verification queue.
  const stack = await stackOf(request);
  const admin = { Authorization: `Bearer ${await tokenOf(request, stack, 'admin1')}` };
  const stored: { trackingCode: string }[] = [];
  let cursor: string | null = null;
  do {
    const response = await request.get(`${stack.api}/api/v1/inbox`, {
      headers: admin,
      params: { size: 100, ...(cursor ? { cursor } : {}) },
    });
    expect(response.status(), 'the admins\' verification queue').toBe(200);
    const queue = (await response.json()) as { items: { title: string; trackingCode: string }[]; nextCursor: string | null };
    stored.push(...queue.items.filter((item) => item.title === title));
    cursor = queue.nextCursor;
  } while (cursor);
  expect(stored.map((item) => item.trackingCode), 'reports stored with this title').toEqual([trackingCode]);
});
