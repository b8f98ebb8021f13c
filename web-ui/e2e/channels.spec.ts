import { expect, test } from './support/test';
import { checkPage, login, logout } from './support/helpers';

/**
 * Complaints that do not come through the web form, through the real stack: an officer enters a
 * complaint taken from social media for the complainant, the admin reads it with its channel, post
 * and whole phone number, a supervisor sees the number masked, and the admin
 * subscribes another system to report events and reads what left through the outbox.
 */
test('officer enters a social-media complaint → admin sees its channel → supervisor sees the phone masked', async ({ page }) => {
  test.setTimeout(180_000);
  const title = `Sampah di Pasar Oeba dari media sosial e2e ${Date.now()}`;
  const post = 'https://x.com/warga_kupang/status/1860000000000000000';
  let reportId = '';

  await test.step('officer enters the complaint and gets a receipt with the PIN for the complainant', async () => {
    await login(page, 'petugas1');
    await page.getByRole('navigation').getByRole('link', { name: 'Input laporan warga' }).click();
    await page.getByRole('radio', { name: /Media sosial/ }).check();
    await page.getByLabel('Tautan unggahan').fill(post);
    await page.getByRole('radio', { name: /Pengaduan/ }).check();
    await page.getByLabel('Judul').fill(title);
    await page.getByLabel('Isi laporan').fill('Unggahan warga menunjukkan sampah menumpuk di sisi timur Pasar Oeba sejak minggu lalu.');
    await page.getByLabel('Nama', { exact: true }).fill('Yohanis Bana');
    await page.getByLabel('Nomor telepon').fill('+6281338000111');
    await checkPage(page, '40-assisted-form');
    const entered = page.waitForResponse((r) => r.url().endsWith('/api/v1/assisted-reports') && r.status() === 201);
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    reportId = (await (await entered).json()).id;
    await expect(page.getByRole('heading', { name: 'Laporan tercatat' })).toBeFocused();
    await expect(page.getByTestId('tracking-code')).toHaveText(/^[0-9A-Z]{8}$/);
    await expect(page.getByTestId('assisted-pin')).toHaveText(/^[0-9]{6}$/);
    await expect(page.getByTestId('assisted-receipt')).toContainText('Media sosial');
    await checkPage(page, '41-assisted-receipt');
    await logout(page);
  });

  await test.step('admin reads it with its channel, post and whole number', async () => {
    await login(page, 'admin1');
    await page.goto(`/laporan/${reportId}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByTestId('report-channel')).toHaveText('Media sosial');
    await expect(page.getByTestId('report-source')).toHaveAttribute('href', post);
    await expect(page.getByTestId('report-phone')).toHaveAttribute('href', 'tel:+6281338000111');
    await expect(page.getByTestId('timeline')).toContainText('Laporan diajukan');
    await checkPage(page, '42-admin-assisted-report');
    await logout(page);
  });

  await test.step('a supervisor reads it with the phone number masked, not as a link', async () => {
    await login(page, 'pengawas1');
    await page.goto(`/laporan/${reportId}`);
    await expect(page.getByTestId('report-phone')).toHaveText('+6281******111');
    await expect(page.locator('a[data-testid="report-phone"]')).toHaveCount(0);
    await logout(page);
  });
});

test('admin subscribes a system to report events and reads the outbox', async ({ page }) => {
  test.setTimeout(120_000);
  const name = `Inspektorat e2e ${Date.now()}`;
  await login(page, 'admin1');
  await page.goto('/admin/webhook');
  await page.getByRole('button', { name: 'Tambah webhook' }).click();
  await page.getByLabel('Nama sistem').fill(name);
  await page.getByLabel('Alamat (URL)').fill('https://inspektorat.kupangkota.go.id/hooks/aduan');
  await page.getByRole('checkbox', { name: 'Laporan diajukan' }).check();
  await page.getByTestId('webhook-editor').getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('webhook-secret-value')).toHaveText(/^whsec_/);
  await checkPage(page, '43-webhook-secret');
  await page.getByRole('button', { name: 'Sudah saya simpan' }).click();
  await expect(page.getByText(name).first()).toBeVisible();

  await page.goto('/admin/pesan-keluar');
  await expect(page.getByRole('tab', { name: 'Gagal' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Menunggu' }).click();
  await checkPage(page, '44-outbox');
});

test('admin issues an API key that an Open311 application then files with; revoked, it is refused', async ({ page, request }) => {
  test.setTimeout(120_000);
  const api = process.env.E2E_API_URL ?? 'http://localhost:8082';
  const app = `Aplikasi Lapor e2e ${Date.now()}`;
  await login(page, 'admin1');
  await page.goto('/admin/kunci-api');
  await page.getByLabel('Nama aplikasi').fill(app);
  await page.getByRole('button', { name: 'Terbitkan kunci' }).click();
  const key = (await page.getByTestId('api-key-value').innerText()).trim();
  expect(key).toMatch(/^adn_/);
  await checkPage(page, '45-api-key');

  const form = {
    api_key: key, service_code: 'JALAN-RUSAK', lat: '-10.1772', long: '123.6070',
    description: 'Jalan berlubang besar di depan pasar Oebobo, berbahaya bagi pengendara motor.',
  };
  const filed = await request.post(`${api}/open311/v2/requests.json`, { form });
  expect(filed.status()).toBe(201);
  const [{ service_request_id: code }] = await filed.json();
  const read = await request.get(`${api}/open311/v2/requests/${code}.xml`);
  expect(read.status()).toBe(200);
  expect(await read.text()).toContain(`<service_request_id>${code}</service_request_id>`);

  await page.getByRole('button', { name: 'Sudah saya simpan' }).click();
  const row = page.locator('tr[data-testid^="api-client-"]', { hasText: app });
  await row.getByRole('button', { name: /Cabut/ }).click();
  await page.getByRole('button', { name: /Ya, cabut/ }).click();
  await expect(row).toContainText('Dicabut');
  expect((await request.post(`${api}/open311/v2/requests.json`, { form })).status()).toBe(403);
});
