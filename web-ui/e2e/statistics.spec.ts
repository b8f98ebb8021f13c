import { readFile } from 'node:fs/promises';
import { expect, test } from './support/test';
import { checkPage, login, logout } from './support/helpers';

/** The last 365 days up to today (yyyy-mm-dd): the demo reports are spread over recent months. */
function lastYear() {
  const day = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const now = new Date();
  const from = new Date(now);
  from.setDate(from.getDate() - 364);
  return { from: day(from), to: day(now) };
}

/** A figure's count as a number ("1.234 (lihat laporan: …)" → 1234). */
const count = (text: string) => Number(text.match(/^[\d.]+/)![0].replace(/\./g, ''));

test('an admin reads the statistics, opens the reports behind a number and downloads the figures', async ({ page }) => {
  test.setTimeout(120_000);
  const { from, to } = lastYear();
  await login(page, 'admin1');
  await page.getByRole('navigation').getByRole('link', { name: 'Statistik', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistik penanganan laporan' })).toBeVisible();
  await page.goto(`/statistik?from=${from}&to=${to}`);

  const received = page.getByTestId('figure-received').getByRole('link');
  await expect(received).toHaveText(/^[1-9]/);
  await expect(page.getByTestId('ranking-table')).toBeVisible();
  await expect(page.getByText('Memuat…')).toHaveCount(0);
  await checkPage(page, '31-stats-dashboard');

  await test.step('the number of closed reports opens those reports', async () => {
    const closed = page.getByTestId('figure-status-CLOSED').getByRole('link');
    const closedCount = count(await closed.innerText());
    expect(closedCount, 'the demo data has closed reports').toBeGreaterThan(0);
    await closed.click();
    await expect(page).toHaveURL(/\/statistik\/laporan\?.*status=CLOSED/);
    await expect(page.getByRole('heading', { level: 1, name: 'Laporan di balik angka' })).toBeVisible();
    const items = page.getByTestId('stats-reports').getByRole('listitem');
    await expect(items).toHaveCount(Math.min(closedCount, 20));
    await expect(items.first().getByTestId('report-status')).toHaveText('Ditutup');
    await checkPage(page, '32-stats-reports');
    await page.getByRole('link', { name: '← Kembali ke statistik' }).click();
  });

  await test.step('the key figures download as CSV', async () => {
    await expect(received).toHaveText(/^[1-9]/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh CSV: Angka utama' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`statistik-ringkasan-${from}_${to}.csv`);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.split(/\r?\n/)[0]).toBe('period,from,to,metric,value');
    expect(csv).toContain(`current,${from},${to},received,`);
  });
  await logout(page);
});

test('anyone reads the public statistics without logging in', async ({ page }) => {
  const { from, to } = lastYear();
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Statistik publik' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistik pengaduan kota' })).toBeVisible();
  await expect(page.getByText('Laporan rahasia dan data pribadi tidak disertakan.')).toBeVisible();
  await page.goto(`/statistik-publik?from=${from}&to=${to}`);
  await expect(page.getByTestId('figure-received').locator('.stats-card__value')).toHaveText(/^[1-9]/);
  await expect(page.getByTestId('open-monthly-table')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Unduh JSON: Data terbuka per bulan' })).toHaveAttribute('href', /\/api\/v1\/open-data\/monthly$/);
  await expect(page.getByText('Memuat…')).toHaveCount(0);
  await checkPage(page, '33-public-stats');
});
