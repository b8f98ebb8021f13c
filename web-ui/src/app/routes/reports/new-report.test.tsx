import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import type { components } from '@/api/schema';
import { API_URL } from '@/testing/mocks/api-url';
import { db, seedReport } from '@/testing/mocks/db';
import { problem } from '@/testing/mocks/handlers/reports';
import { server } from '@/testing/mocks/server';
import { flushOutbox } from '@/features/offline/api/outbox';
import { loginAs, recordRequests, renderApp } from '@/testing/test-utils';

type Submission = components['schemas']['ReportSubmission'];

async function fillReport(user: ReturnType<typeof renderApp>['user'], title = 'Lampu jalan mati di Jalan Timor Raya') {
  await user.click(await screen.findByRole('radio', { name: /Aspirasi/ }));
  await user.type(screen.getByLabelText('Judul'), title);
  await user.type(screen.getByLabelText('Isi laporan'), 'Sudah seminggu lampu jalan di dekat pasar mati.');
}

describe('Buat laporan', () => {
  it('lets a guest submit and shows the tracking code and the one-time PIN', async () => {
    const { user } = renderApp('/laporan/baru');
    await fillReport(user);
    await user.type(screen.getByLabelText('Nama'), 'Maria Ndolu');
    await user.type(screen.getByLabelText('Email'), 'maria@example.org');
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));

    expect(await screen.findByRole('heading', { name: 'Laporan terkirim' })).toHaveFocus();
    const stored = db.reports[0];
    expect(screen.getByTestId('tracking-code')).toHaveTextContent(stored.trackingCode);
    expect(screen.getByTestId('guest-pin')).toHaveTextContent('482913');
    expect(screen.getByText(/PIN ini hanya ditampilkan sekali/)).toBeInTheDocument();
    expect(stored).toMatchObject({
      type: 'ASPIRATION',
      title: 'Lampu jalan mati di Jalan Timor Raya',
      contact: { name: 'Maria Ndolu', email: 'maria@example.org' },
    });
    expect(stored.contact).not.toHaveProperty('phone');
  });

  it('shows each server violation next to its field', async () => {
    server.use(
      http.post(`${API_URL}/api/v1/reports`, () =>
        problem(400, 'Invalid request', {
          detail: '3 fields are invalid.',
          violations: [
            { field: 'title', message: 'judul sudah dipakai laporan lain' },
            { field: 'contact.email', message: 'must be a well-formed email address' },
            { field: 'attachment', message: 'not supported' },
          ],
        }),
      ),
    );
    const { user } = renderApp('/laporan/baru');
    await fillReport(user);
    await user.type(screen.getByLabelText('Email'), 'maria@example.org');
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));

    const summary = await screen.findByTestId('form-errors');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Periksa kembali isian yang ditandai.');
    expect(summary).toHaveTextContent('not supported');

    const title = screen.getByLabelText('Judul');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(expect.stringContaining('judul sudah dipakai laporan lain'));
    const email = screen.getByLabelText('Email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('must be a well-formed email address');
    expect(screen.getByLabelText('Isi laporan')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByTestId('tracking-code')).not.toBeInTheDocument();
  });

  it('checks the form before sending it', async () => {
    let sent = false;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') sent = true;
    });
    const { user } = renderApp('/laporan/baru');
    await user.type(await screen.findByLabelText('Judul'), 'Abc');
    await user.type(screen.getByLabelText('Nomor telepon'), 'bukan nomor');
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));

    expect(await screen.findByTestId('form-errors')).toHaveFocus();
    expect(screen.getByLabelText('Judul')).toHaveAccessibleDescription(expect.stringContaining('Judul harus 5–150 karakter.'));
    expect(screen.getByLabelText('Isi laporan')).toHaveAccessibleDescription(
      expect.stringContaining('Isi laporan harus 10–5000 karakter.'),
    );
    expect(screen.getByLabelText('Nomor telepon')).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toBe(false);
    server.events.removeAllListeners();
  });

  it('sends a citizen report without contact details and shows no PIN', async () => {
    loginAs('Warga Satu');
    let body: Submission | undefined;
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST') body = (await request.clone().json()) as Submission;
    });
    const { user } = renderApp('/laporan/baru');
    expect(await screen.findByText('Anda mengirim sebagai Warga Satu. Identitas Anda diambil dari akun.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Email')).not.toBeInTheDocument();
    await fillReport(user);
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));

    const receipt = await screen.findByRole('region', { name: 'Laporan terkirim' });
    expect(within(receipt).getByTestId('tracking-code')).toHaveTextContent(db.reports[0].trackingCode);
    expect(within(receipt).queryByTestId('guest-pin')).not.toBeInTheDocument();
    expect(db.reports[0].owner).toBe('warga1');
    expect(body).toEqual({
      type: 'ASPIRATION',
      title: 'Lampu jalan mati di Jalan Timor Raya',
      description: 'Sudah seminggu lampu jalan di dekat pasar mati.',
    });
    server.events.removeAllListeners();
  });

  it('says so when the server fails', async () => {
    server.use(http.post(`${API_URL}/api/v1/reports`, () => problem(500, 'Internal Server Error')));
    const { user } = renderApp('/laporan/baru');
    await fillReport(user);
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));
    const failed = await screen.findByTestId('form-failed');
    expect(failed).toHaveTextContent('Laporan gagal dikirim. Coba lagi.');
    expect(failed).toHaveFocus();
  });
});

describe('Buat laporan: category, area and privacy', () => {
  it('sends the chosen category, kecamatan, kelurahan, landmark and privacy choices', async () => {
    let body: Submission | undefined;
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST') body = (await request.clone().json()) as Submission;
    });
    loginAs('Warga Satu');
    const { user } = renderApp('/laporan/baru');
    await fillReport(user);
    await user.selectOptions(screen.getByLabelText('Kategori'), await screen.findByRole('option', { name: /Jalan rusak/ }));
    // The province and the city are the only ones loaded: the form asks for kecamatan first.
    expect(screen.queryByLabelText('Provinsi')).not.toBeInTheDocument();
    await user.selectOptions(await screen.findByLabelText('Kecamatan'), 'Kelapa Lima');
    await user.selectOptions(await screen.findByLabelText('Kelurahan'), 'Oesapa');
    await user.type(screen.getByLabelText('Alamat atau patokan'), 'Depan pasar Oesapa');
    await user.click(screen.getByRole('checkbox', { name: /anonim/ }));
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));

    expect(await screen.findByRole('heading', { name: 'Laporan terkirim' })).toBeInTheDocument();
    expect(body).toMatchObject({
      categoryId: '01900000-0000-7000-8000-0000000000c2',
      location: { kecamatanCode: '53.71.04', kelurahanCode: '53.71.04.1003', address: 'Depan pasar Oesapa' },
      anonymous: true,
    });
    expect(body).not.toHaveProperty('confidential');
    server.events.removeAllListeners();
  });

  it('keeps a half-written report as a draft across a reload', async () => {
    const first = renderApp('/laporan/baru');
    await first.user.type(await screen.findByLabelText('Judul'), 'Lampu jalan mati');
    await new Promise((resolve) => setTimeout(resolve, 400));
    first.unmount();
    renderApp('/laporan/baru');
    expect(await screen.findByLabelText('Judul')).toHaveValue('Lampu jalan mati');
  });

  it('keeps errors until the next try, and forgets the draft when the form is emptied', async () => {
    const { user } = renderApp('/laporan/baru');
    await user.type(await screen.findByLabelText('Judul'), 'Abc');
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));
    expect(await screen.findByTestId('form-errors')).toHaveFocus();
    await user.type(screen.getByLabelText('Judul'), 'defgh');
    expect(screen.getByLabelText('Judul')).toHaveAttribute('aria-invalid', 'true');
    await user.selectOptions(screen.getByLabelText('Kategori'), await screen.findByRole('option', { name: /Jalan rusak/ }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(JSON.parse(localStorage.getItem('aduan.draft.report-form') ?? '{}')).toMatchObject({ title: 'Abcdefgh', categoryId: '01900000-0000-7000-8000-0000000000c2' });

    await user.click(screen.getByRole('button', { name: 'Kosongkan formulir' }));
    expect(screen.getByLabelText('Judul')).toHaveValue('');
    expect(screen.getByLabelText('Judul')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Kategori')).toHaveValue('');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(localStorage.getItem('aduan.draft.report-form')).toBeNull();
  });

  it('suggests similar public reports while the title is typed', async () => {
    seedReport({ status: 'VERIFIED', title: 'Lampu jalan mati di Jalan Timor Raya dekat pasar' });
    const { user } = renderApp('/laporan/baru');
    await user.type(await screen.findByLabelText('Judul'), 'Lampu jalan mati');
    const similar = await screen.findByTestId('similar-reports', {}, { timeout: 3000 });
    expect(within(similar).getByRole('link', { name: /Jalan Timor Raya/ })).toBeInTheDocument();
  });

  it('asks for suggestions in the kelurahan chosen, where duplicates nearby come first', async () => {
    seedReport({ status: 'VERIFIED', title: 'Lampu jalan mati di Lasiana', location: { kelurahanCode: '53.71.04.1002' } });
    seedReport({ status: 'VERIFIED', title: 'Lampu jalan mati di Oesapa', location: { kelurahanCode: '53.71.04.1003' } });
    const requests = recordRequests();
    const { user } = renderApp('/laporan/baru');
    await user.selectOptions(await screen.findByLabelText('Kecamatan'), 'Kelapa Lima');
    await user.selectOptions(await screen.findByLabelText('Kelurahan'), 'Oesapa');
    await user.type(screen.getByLabelText('Judul'), 'Lampu jalan mati');
    const similar = await screen.findByTestId('similar-reports', {}, { timeout: 3000 });
    expect(within(similar).getAllByRole('link').map((a) => a.textContent)).toEqual(['Lampu jalan mati di Oesapa', 'Lampu jalan mati di Lasiana']);
    const asked = requests.map((r) => new URL(r.url)).find((u) => u.pathname === '/api/v1/reports/similar');
    expect(asked?.searchParams.get('kelurahanCode')).toBe('53.71.04.1003');
    expect(asked?.searchParams.get('q')).toBe('Lampu jalan mati');
  });
});

describe('Buat laporan offline', () => {
  it('keeps the report on the device, then says it was sent once the connection returns', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { user } = renderApp('/laporan/baru');
    await fillReport(user, 'Air PDAM tidak mengalir di Oebufu');
    await user.click(screen.getByRole('button', { name: 'Simpan dan kirim nanti' }));
    expect(await screen.findByRole('heading', { name: 'Laporan disimpan di perangkat ini' })).toBeInTheDocument();
    expect(db.reports).toHaveLength(0);

    onLine.mockReturnValue(true);
    await flushOutbox();
    expect(await screen.findByRole('heading', { name: 'Laporan sudah terkirim' })).toBeInTheDocument();
    expect(db.reports).toHaveLength(1);
    expect(screen.getByTestId('outbox-tracking-code')).toHaveTextContent(db.reports[0].trackingCode);
  });
});
