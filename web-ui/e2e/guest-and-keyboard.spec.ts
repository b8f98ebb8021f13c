import { expect, test } from './support/test';
import { checkPage } from './support/helpers';

test('a guest reports by keyboard alone, then opens the report with the PIN and replies', async ({ page }) => {
  const title = `Pungutan liar di loket e2e ${Date.now()}`;
  await page.goto('/laporan/baru');
  await expect(page.getByLabel('Judul')).toBeVisible();

  await test.step('every control of the form is reached with Tab, in reading order', async () => {
    const reached: string[] = [];
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return '';
          const id = el.getAttribute('id');
          const label = id ? document.querySelector(`label[for="${id}"]`)?.textContent : el.closest('label')?.textContent;
          return (label ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        }),
      );
    }
    const order = ['Pengaduan', 'Judul', 'Isi laporan', 'Kategori', 'Tanggal kejadian', 'Kecamatan', 'Alamat atau patokan',
      'Gunakan lokasi saya saat ini', 'Foto atau dokumen', 'Rahasiakan identitas saya', 'Rahasiakan seluruh laporan', 'Nama',
      'Email', 'Nomor telepon', 'Kirim laporan'];
    const positions = order.map((name) => reached.findIndex((r) => r.startsWith(name)));
    expect(positions.filter((p) => p < 0), `not reached by Tab: ${order.filter((_, i) => positions[i] < 0)}`).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  await test.step('fill and send without the mouse', async () => {
    await page.getByLabel('Judul').focus();
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Petugas loket meminta uang tambahan untuk mempercepat pembuatan KTP.');
    await page.getByRole('checkbox', { name: /Rahasiakan seluruh laporan/ }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Kirim laporan' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Laporan terkirim' })).toBeFocused();
  });

  const code = (await page.getByTestId('tracking-code').innerText()).trim();
  const pin = (await page.getByTestId('guest-pin').innerText()).trim();
  const link = (await page.getByTestId('access-link').innerText()).trim();

  await test.step('a new visit: track by code, open with the PIN, reply', async () => {
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(`/lacak/${code}`);
    // A confidential report is not shown to anyone with the code alone: only its reporter opens it.
    await expect(page.getByTestId('track-not-found')).toContainText('Laporan rahasia hanya dapat dibuka oleh pelapornya');
    await page.getByLabel('PIN').fill('000000');
    await page.getByRole('button', { name: 'Buka laporan' }).click();
    await expect(page.getByText('Kode pelacakan atau PIN tidak cocok.')).toBeVisible();
    await page.getByLabel('PIN').fill(pin);
    await page.getByRole('button', { name: 'Buka laporan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText(/laporan rahasia/)).toBeVisible();
    await page.getByTestId('message-form').getByLabel('Pesan').fill('Kejadiannya hari Senin pagi di loket 3.');
    await page.getByRole('button', { name: 'Kirim pesan' }).click();
    await expect(page.getByTestId('timeline')).toContainText('Kejadiannya hari Senin pagi di loket 3.');
    await checkPage(page, '16-guest-report');
  });

  await test.step("the receipt's link opens the report without the PIN, and leaves the address bar", async () => {
    await page.evaluate(() => sessionStorage.clear());
    expect(link).toMatch(new RegExp(`/lacak/${code}#kunci=[0-9a-f]{6}\\.[A-Za-z0-9_-]{22}$`));
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(page.url()).not.toContain('kunci');
    await expect(page.getByTestId('timeline')).toContainText('Kejadiannya hari Senin pagi di loket 3.');
  });

  await test.step('a shared phone forgets the reporter: the key is gone from the tab', async () => {
    expect(await page.evaluate(() => sessionStorage.getItem('aduan.reportPins'))).not.toBeNull();
    await page.getByRole('button', { name: 'Lupakan perangkat ini' }).click();
    await page.getByRole('button', { name: 'Ya, lupakan' }).click();
    await expect(page.getByTestId('device-forgotten')).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('aduan.reportPins'))).toBeNull();
  });
});
