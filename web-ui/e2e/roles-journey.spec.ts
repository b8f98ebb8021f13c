import { expect, test } from './support/test';
import { bigPhoto, checkPage, login, logout } from './support/helpers';

/**
 * The main path of every role through the real stack (Keycloak login, API, built SPA, demo data):
 * a citizen reports, the admin verifies and forwards to the category's agency, its officer follows
 * up and resolves, the citizen confirms with a rating, and a supervisor reads along.
 */
test('citizen reports → admin verifies and forwards → officer follows up and resolves → citizen confirms', async ({ page }) => {
  test.setTimeout(240_000);
  const title = `Sampah menumpuk di Oesapa e2e ${Date.now()}`;
  let reportPath = '';

  await test.step('citizen fills the whole form, with a photo shrunk in the browser', async () => {
    await login(page, 'warga1');
    await page.getByRole('navigation').getByRole('link', { name: 'Buat laporan' }).click();
    await page.getByRole('radio', { name: /Pengaduan/ }).check();
    await page.getByLabel('Judul').fill(title);
    await page.getByLabel('Isi laporan').fill('Sampah rumah tangga menumpuk di pinggir jalan dekat pasar Oesapa selama seminggu.');
    await page.getByLabel('Kategori').selectOption({ label: 'Sampah dan kebersihan' });
    await page.getByLabel('Kecamatan').selectOption({ label: 'Kelapa Lima' });
    await page.getByLabel('Kelurahan').selectOption({ label: 'Oesapa' });
    await page.getByLabel('Alamat atau patokan').fill('Jl. Timor Raya, depan pasar Oesapa');
    const photo = await bigPhoto(page);
    await page.getByLabel('Foto atau dokumen').setInputFiles({ name: 'tumpukan.jpg', mimeType: 'image/jpeg', buffer: photo });
    const chosen = page.getByRole('list', { name: 'Berkas yang dipilih' }).getByRole('listitem');
    await expect(chosen).toHaveCount(1);
    const kb = Number((await chosen.innerText()).match(/\(([\d.,]+) KB\)/)![1].replace(/[.,]/g, ''));
    expect(kb * 1024, 'the photo is uploaded smaller than it was taken').toBeLessThan(photo.length / 2);
    await expect(page.getByText('Rahasiakan identitas saya (anonim)')).toBeVisible();
    await checkPage(page, '04-report-form');
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await expect(page.getByRole('heading', { name: 'Laporan terkirim' })).toBeVisible();
    await expect(page.getByTestId('upload-failed')).toHaveCount(0);
    await checkPage(page, '05-report-receipt');
    await page.getByRole('link', { name: 'Buka laporan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    reportPath = new URL(page.url()).pathname;
    await expect(page.getByTestId('timeline')).toContainText('Laporan diajukan');
    await expect(page.locator('.attachments img')).toHaveCount(1);
    await logout(page);
  });

  await test.step('admin verifies and forwards to the agency the category suggests', async () => {
    await login(page, 'admin1');
    await page.getByRole('navigation').getByRole('link', { name: 'Kotak masuk' }).click();
    await expect(page.getByRole('heading', { name: 'Antrean verifikasi' })).toBeVisible();
    await expect(page.getByTestId('inbox-list').getByTestId('deadline').first()).toHaveText(/hari kerja|Hari terakhir/);
    await checkPage(page, '11-admin-queue');
    await page.goto(reportPath);
    await expect(page.getByTestId('report-contact')).toContainText('Warga Satu');
    await page.getByTestId('verify-form').getByRole('button', { name: 'Verifikasi laporan' }).click();
    const forward = page.getByTestId('forward-form');
    await expect(forward.getByLabel('Instansi tujuan')).toHaveValue('01900000-0000-7000-8000-0000000000a9');
    await expect(forward).toContainText('Disarankan oleh kategori laporan.');
    await checkPage(page, '12-admin-report');
    await forward.getByLabel('Catatan disposisi').fill('Mohon segera diangkut.');
    await forward.getByRole('button', { name: 'Disposisikan' }).click();
    await expect(page.getByTestId('report-agency')).toHaveText('Bidang Pengelolaan Sampah');
    await expect(page.getByTestId('timeline')).toContainText('Laporan didisposisikan');
    await logout(page);
  });

  await test.step('officer follows up, leaves an internal note, and resolves', async () => {
    await login(page, 'petugas.sampah');
    await page.getByRole('navigation').getByRole('link', { name: 'Kotak masuk' }).click();
    await expect(page.getByRole('heading', { name: 'Kotak masuk instansi' })).toBeVisible();
    // Newly forwarded, so the latest deadline: it comes after the demo reports' ones.
    await page.getByLabel('Status').selectOption({ label: 'Didisposisikan' });
    await expect(page).toHaveURL(/status=FORWARDED/);
    await expect(page.getByTestId('inbox-list').getByTestId('report-status').first()).toHaveText('Didisposisikan');
    const link = page.getByTestId('inbox-list').getByRole('link', { name: title });
    const more = page.getByRole('button', { name: 'Muat lebih banyak' });
    for (let i = 0; i < 20 && !(await link.isVisible()) && (await more.isVisible()); i++) {
      await more.click();
      await expect(page.getByRole('button', { name: 'Memuat…' })).toHaveCount(0);
    }
    await expect(link).toBeVisible();
    await checkPage(page, '13-officer-inbox');
    await page.getByTestId('inbox-list').getByRole('link', { name: title }).click();
    await page.getByTestId('follow-up-form').getByLabel('Apa yang sudah atau akan dilakukan?').fill('Truk sampah dijadwalkan besok pagi.');
    await page.getByTestId('follow-up-form').getByRole('button', { name: 'Kirim tindak lanjut' }).click();
    await expect(page.getByTestId('report-status').first()).toHaveText('Ditindaklanjuti');
    const message = page.getByTestId('message-form');
    await message.getByRole('radio', { name: /Catatan internal/ }).check();
    await message.getByLabel('Pesan').fill('Catatan internal: sopir truk cuti, pakai truk cadangan.');
    await message.getByRole('button', { name: 'Simpan catatan' }).click();
    await expect(page.getByTestId('timeline')).toContainText('sopir truk cuti');
    await checkPage(page, '14-officer-workspace');
    // Evidence: a photo of the cleaned street, attached before resolving.
    await page.getByLabel('Foto atau dokumen').setInputFiles({ name: 'sudah-bersih.jpg', mimeType: 'image/jpeg', buffer: await bigPhoto(page) });
    await page.getByRole('button', { name: 'Unggah lampiran' }).click();
    await expect(page.locator('.attachments img[alt^="Foto"]')).toHaveCount(2);
    await page.getByTestId('resolve-form').getByLabel('Hasil penyelesaian').fill('Sampah sudah diangkut seluruhnya.');
    await page.getByTestId('resolve-form').getByRole('button', { name: 'Tandai selesai' }).click();
    await expect(page.getByTestId('report-status').first()).toHaveText('Selesai ditangani');
    await logout(page);
  });

  await test.step('a supervisor reads the report and can change nothing', async () => {
    await login(page, 'pengawas1');
    await page.goto(reportPath);
    await expect(page.getByText('Anda melihat laporan ini sebagai pengawas: hanya baca.')).toBeVisible();
    await expect(page.locator('form.action-form')).toHaveCount(0);
    await expect(page.getByTestId('timeline')).toContainText('sopir truk cuti');
    await logout(page);
  });

  await test.step('citizen sees the follow-up (not the internal note) and confirms with a rating', async () => {
    await login(page, 'warga1');
    await page.goto(reportPath);
    const timeline = page.getByTestId('timeline');
    await expect(timeline).toContainText('Truk sampah dijadwalkan besok pagi.');
    await expect(timeline).toContainText('Sampah sudah diangkut seluruhnya.');
    await expect(timeline).not.toContainText('sopir truk cuti');
    await checkPage(page, '15-citizen-resolved');
    const confirm = page.getByTestId('confirm-form');
    await confirm.getByRole('radio', { name: /5 — sangat puas/ }).check();
    await confirm.getByLabel('Komentar').fill('Terima kasih, cepat sekali.');
    await confirm.getByRole('button', { name: 'Konfirmasi selesai' }).click();
    await expect(page.getByTestId('report-status').first()).toHaveText('Ditutup');
    await expect(timeline).toContainText('Pelapor mengonfirmasi penyelesaian');
    await page.getByRole('navigation').getByRole('link', { name: 'Laporan saya' }).click();
    await expect(page.getByTestId('my-reports').getByRole('link', { name: title })).toBeVisible();
    await checkPage(page, '06-my-reports');
  });
});

test('public pages and the admin screens pass axe and are captured', async ({ page }) => {
  await page.goto('/');
  await checkPage(page, '01-landing');
  await page.getByRole('navigation').getByRole('link', { name: 'Laporan publik' }).click();
  await expect(page.getByTestId('public-list')).toBeVisible();
  await page.getByLabel('Cari', { exact: true }).fill('jalan');
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
  await expect(page).toHaveURL(/q=jalan/);
  await checkPage(page, '02-public-reports');
  await page.goto('/lacak/DEM2AAAA');
  await expect(page.getByTestId('tracked-report')).toBeVisible();
  await checkPage(page, '03-track');
  await page.goto('/halaman-tidak-ada');
  await checkPage(page, '09-not-found');

  await login(page, 'admin1');
  for (const [path, name] of [
    ['/admin/instansi', '21-admin-agencies'],
    ['/admin/kategori', '22-admin-categories'],
    ['/admin/petugas', '23-admin-officers'],
    ['/admin/hari-libur', '24-admin-holidays'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Memuat…')).toHaveCount(0);
    await checkPage(page, name);
  }
  await logout(page);

  await login(page, 'warga1');
  await page.goto('/admin/instansi');
  await expect(page.getByTestId('forbidden')).toBeVisible();
  await checkPage(page, '25-forbidden');
});
