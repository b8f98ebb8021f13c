import { devices, type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectAccessible, SCREENS, stackOf, tokenOf } from './support/helpers';

/**
 * Issue 21: a public page per report. The city answers a report (through the API, as the roles
 * journey does through the screens, with a photo an admin published); then a visitor on a cheap
 * phone opens it from the public feed and reads the agency's response, and a link pasted into
 * WhatsApp is previewed from the Open Graph tags the API renders, served by the web app's nginx to
 * crawlers only (ADR 0028).
 */
test.use({ ...devices['Pixel 5'] });

const WHATSAPP = 'WhatsApp/2.23.20.0 A';
const BROWSER = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';
/** Demo data (api/src/main/resources/demo): the category and the agency it suggests. */
const WASTE_CATEGORY = '01900000-0000-7000-8000-000000000105';
const WASTE_AGENCY = '01900000-0000-7000-8000-0000000000a9';

/** A small photo of a heap of rubbish by a road, drawn in the browser (the API keeps only real images). */
async function rubbishPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 800;
    canvas.height = 600;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#9fc5e8';
    ctx.fillRect(0, 0, 800, 260);
    ctx.fillStyle = '#6d6d6d';
    ctx.fillRect(0, 260, 800, 340);
    ctx.fillStyle = '#ffffff';
    for (let x = 20; x < 800; x += 120) ctx.fillRect(x, 420, 70, 12);
    const colours = ['#38761d', '#783f04', '#cc0000', '#f1c232', '#3d85c6', '#444444'];
    for (let i = 0; i < 140; i++) {
      ctx.fillStyle = colours[i % colours.length];
      ctx.beginPath();
      ctx.ellipse(200 + ((i * 37) % 260), 300 + ((i * 53) % 90), 18 + (i % 7) * 3, 10 + (i % 5) * 3, i, 0, Math.PI * 2);
      ctx.fill();
    }
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.85));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}

/** The `content` of the first <meta property|name="NAME"> of a page, entities decoded. */
function metaContent(html: string, name: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attribute = (key: string) => new RegExp(`\\b${key}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
    const named = attribute('property') ?? attribute('name');
    if ((named?.[2] ?? named?.[3]) !== name) continue;
    const content = attribute('content');
    return (content?.[2] ?? content?.[3] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  }
  return undefined;
}

test('a visitor on a phone opens an answered report from the feed; link previews show its masked title', async ({ page, request }) => {
  test.setTimeout(180_000);
  // One word no other report has, in letters only (digits could be taken for personal data and masked).
  const tag = `e2e${Date.now().toString(36).replace(/[0-9]/g, (d) => 'qwertyuiop'[Number(d)])}`;
  const title = `Sampah menumpuk ${tag}, hubungi 0812-3456-7890`;
  const maskedTitle = `Sampah menumpuk ${tag}, hubungi [nomor telepon disembunyikan]`;
  const followUp = 'Truk sampah dijadwalkan besok pagi.';
  const reply = 'Terima kasih atas laporannya, petugas kebersihan sudah kami kirim ke lokasi.';
  const resolution = 'Sampah sudah diangkut seluruhnya dan lokasi dibersihkan.';
  const stack = await stackOf(request);
  let id = '';
  let code = '';

  await test.step('the city answers a report (citizen, admin, officer through the API)', async () => {
    const citizen = { Authorization: `Bearer ${await tokenOf(request, stack, 'warga1')}` };
    const submitted = await request.post(`${stack.api}/api/v1/reports`, {
      headers: citizen,
      data: {
        type: 'COMPLAINT',
        title,
        description: 'Sampah rumah tangga menumpuk di pinggir jalan dekat pasar Oesapa selama seminggu. Hubungi saya di 0812-3456-7890.',
        categoryId: WASTE_CATEGORY,
        location: { kecamatanCode: '53.71.04', kelurahanCode: '53.71.04.1003', address: 'Jl. Timor Raya, depan pasar Oesapa' },
      },
    });
    expect(submitted.status(), await submitted.text()).toBe(201);
    ({ id, trackingCode: code } = await submitted.json());

    await page.goto('about:blank');
    const photo = await request.post(`${stack.api}/api/v1/reports/${id}/attachments`, {
      headers: citizen,
      multipart: { file: { name: 'tumpukan.jpg', mimeType: 'image/jpeg', buffer: await rubbishPhoto(page) } },
    });
    expect(photo.status(), await photo.text()).toBe(201);
    const photoId = (await photo.json()).id as string;

    const admin = { Authorization: `Bearer ${await tokenOf(request, stack, 'admin1')}` };
    const verified = await request.post(`${stack.api}/api/v1/reports/${id}/verification`, { headers: admin, data: { publicPhotoIds: [photoId] } });
    expect(verified.ok(), await verified.text()).toBe(true);
    const forwarded = await request.post(`${stack.api}/api/v1/reports/${id}/forwards`, {
      headers: admin,
      data: { agencyId: WASTE_AGENCY, note: 'Mohon segera diangkut.' },
    });
    expect(forwarded.ok(), await forwarded.text()).toBe(true);

    const officer = { Authorization: `Bearer ${await tokenOf(request, stack, 'petugas.sampah')}` };
    for (const [path, data] of [
      ['follow-ups', { message: followUp }],
      ['messages', { body: reply }],
      ['messages', { body: 'Catatan internal: sopir truk cuti.', internal: true }],
      ['resolution', { resolution }],
    ] as const) {
      const done = await request.post(`${stack.api}/api/v1/reports/${id}/${path}`, { headers: officer, data });
      expect(done.ok(), `${path}: ${await done.text()}`).toBe(true);
    }
  });

  await test.step('a visitor finds it in the public feed and opens its page', async () => {
    await page.goto('/laporan-publik');
    await expect(page.getByTestId('public-list')).toBeVisible();
    await page.getByLabel('Cari', { exact: true }).fill(tag);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.getByTestId('public-list').getByRole('link', { name: maskedTitle }).click();

    await expect(page).toHaveURL(new RegExp(`/laporan-publik/${code}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(maskedTitle);
    await expect(page.getByTestId('public-report')).toContainText('Hubungi saya di [nomor telepon disembunyikan].');
    await expect(page.getByTestId('public-report')).not.toContainText('0812');
    await expect(page.getByTestId('report-status').first()).toHaveText('Selesai ditangani');
    await expect(page.getByTestId('public-agency')).toHaveText('Bidang Pengelolaan Sampah');
    await expect(page.getByTestId('public-location')).toContainText('Oesapa');
    // Nobody is asked for a PIN to read what the city did.
    await expect(page.getByLabel('PIN')).toHaveCount(0);
  });

  await test.step("the agency's response and the published photo", async () => {
    const responses = page.getByTestId('agency-responses');
    await expect(responses.getByRole('heading', { name: 'Tanggapan instansi' })).toBeVisible();
    const items = responses.getByRole('listitem');
    await expect(items).toHaveCount(3);
    // Newest first: the resolution, the reply, the follow-up; never the internal note.
    await expect(items.nth(0)).toContainText(resolution);
    await expect(items.nth(1)).toContainText(reply);
    await expect(items.nth(2)).toContainText(followUp);
    await expect(page.getByTestId('public-report')).not.toContainText('sopir truk cuti');

    const image = page.getByTestId('public-photos').getByRole('img', { name: 'Foto 1 dari 1' });
    await image.scrollIntoViewIfNeeded();
    // Loaded from the API's origin: the Content-Security-Policy allows it (a refusal fails the test).
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(page, 'public report');
    await page.screenshot({ path: `${SCREENS}/phone/31-public-report.png`, fullPage: true });
  });

  await test.step('the tracking page links to it', async () => {
    await page.goto(`/lacak/${code}`);
    await page.getByRole('link', { name: 'Lihat halaman publik laporan ini' }).click();
    await expect(page).toHaveURL(new RegExp(`/laporan-publik/${code}$`));
    await expect(page.getByTestId('agency-responses')).toContainText(resolution);
  });

  await test.step('an unknown code: a friendly page', async () => {
    await page.goto('/laporan-publik/ZZZZ9999');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Laporan tidak ditemukan atau tidak publik');
    await expectAccessible(page, 'public report not found');
    await page.screenshot({ path: `${SCREENS}/phone/32-public-report-not-found.png`, fullPage: true });
  });

  await test.step('WhatsApp gets the Open Graph tags at the shared URL; a browser gets the app', async () => {
    const preview = await request.get(`/laporan-publik/${code}`, { headers: { 'User-Agent': WHATSAPP } });
    expect(preview.status()).toBe(200);
    expect(preview.headers()['content-type']).toMatch(/^text\/html/);
    expect(preview.headers()['vary']).toMatch(/User-Agent/i);
    const html = await preview.text();
    expect(metaContent(html, 'og:title')).toContain(maskedTitle);
    expect(html).not.toContain('0812-3456-7890');
    expect(metaContent(html, 'og:description')).toBeTruthy();
    expect(metaContent(html, 'og:url')).toMatch(new RegExp(`/laporan-publik/(${code}|${id})$`));
    expect(metaContent(html, 'og:image')).toMatch(/^https?:\/\//);
    expect(metaContent(html, 'twitter:card')).toBeTruthy();

    const app = await request.get(`/laporan-publik/${code}`, { headers: { 'User-Agent': BROWSER } });
    expect(app.status()).toBe(200);
    expect(app.headers()['vary']).toMatch(/User-Agent/i);
    const shell = await app.text();
    expect(shell).toContain('<div id="root"></div>');
    expect(metaContent(shell, 'og:title')).toBe('Aduan: layanan pengaduan pelayanan publik kota');
    expect(shell).not.toContain(tag);

    // A code that is not public: the crawler gets the API's 404, and learns nothing.
    const missing = await request.get('/laporan-publik/ZZZZ9999', { headers: { 'User-Agent': WHATSAPP } });
    expect(missing.status()).toBe(404);
  });
});
