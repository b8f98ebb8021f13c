import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { handleUnauthorized, login } from '@/auth/keycloak';
import { exportFilename } from '@/features/my-data/utils/export-filename';
import { API_URL } from '@/testing/mocks/api-url';
import { db, seedReport } from '@/testing/mocks/db';
import { problem } from '@/testing/mocks/handlers/reports';
import { server } from '@/testing/mocks/server';
import { captureDownloads, loginAs, recordRequests, renderApp } from '@/testing/test-utils';

describe('Laporan saya', () => {
  it('asks a guest to log in and comes back here afterwards', async () => {
    const { user } = renderApp('/laporan-saya');
    const prompt = await screen.findByTestId('login-required');
    await user.click(within(prompt).getByRole('button', { name: 'Masuk' }));
    expect(login).toHaveBeenCalledWith('/laporan-saya');
  });

  it('lists the citizen’s reports and loads more with the cursor', async () => {
    loginAs();
    for (let i = 1; i <= 25; i++) seedReport({ owner: 'warga1', title: `Laporan nomor ${i}` });
    seedReport({ owner: 'warga2', title: 'Laporan orang lain' });
    const { user } = renderApp('/laporan-saya');

    const list = await screen.findByTestId('my-reports');
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    expect(within(list).getAllByRole('heading')[0]).toHaveTextContent('Laporan nomor 25');

    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    expect(await within(list).findByText('Laporan nomor 1')).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')).toHaveLength(25);
    expect(screen.queryByText('Laporan orang lain')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).not.toBeInTheDocument();

    // Each report opens its page with the whole history.
    await user.click(within(list).getByRole('link', { name: 'Laporan nomor 25' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Laporan nomor 25' })).toBeInTheDocument();
    expect(await screen.findByTestId('timeline')).toBeInTheDocument();
  });

  it('offers the personal-data rights to citizens only: an official’s account is the city’s', async () => {
    loginAs('Petugas Satu', 'petugas1', ['officer']);
    renderApp('/laporan-saya');
    expect(await screen.findByTestId('my-reports-empty')).toBeInTheDocument();
    expect(screen.queryByTestId('my-data')).not.toBeInTheDocument();
  });

  it('shows an empty state', async () => {
    loginAs();
    renderApp('/laporan-saya');
    expect(await screen.findByTestId('my-reports-empty')).toHaveTextContent('Anda belum pernah mengirim laporan.');
  });

  it('shows an error with a retry button', async () => {
    loginAs();
    server.use(http.get(`${API_URL}/api/v1/me/reports`, () => problem(503, 'Service Unavailable')));
    renderApp('/laporan-saya');
    const alert = await screen.findByTestId('my-reports-failed');
    expect(alert).toHaveTextContent('Laporan Anda gagal dimuat.');
    expect(within(alert).getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
  });
});

describe('Data pribadi saya (UU 27/2022)', () => {
  const erasures = (requests: Request[]) =>
    requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname === '/api/v1/me/erasure');

  /** warga1 with two reports (one with a contact), a message of their own and a support; warga2 with one report. */
  function seedCitizen() {
    const first = seedReport({ owner: 'warga1', title: 'Lampu jalan mati', contact: { name: 'Warga Satu', phone: '+6281234567890' } });
    seedReport({ owner: 'warga1', title: 'Sampah menumpuk di pasar' });
    const other = seedReport({ owner: 'warga2', title: 'Laporan orang lain', status: 'VERIFIED' });
    db.messages.push({ reportId: first.id, id: crypto.randomUUID(), internal: false, body: 'Masih mati sampai malam ini.', authorRole: 'citizen', createdAt: '2026-11-29T03:00:00Z' });
    db.supports.push({ reportId: other.id, user: 'warga1' }, { reportId: other.id, user: 'warga3' });
    return { first, other };
  }

  it('downloads everything held about the citizen as a dated JSON file', async () => {
    loginAs();
    seedCitizen();
    const files = captureDownloads();
    const requests = recordRequests();
    const { user } = renderApp('/laporan-saya');
    const panel = await screen.findByTestId('my-data');
    expect(within(panel).getByRole('heading', { level: 2, name: 'Data pribadi saya' })).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Unduh data saya' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0].name).toBe(exportFilename(new Date()));
    expect(files[0].name).toMatch(/^aduan-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(files[0].blob.type).toBe('application/json');
    const saved = JSON.parse(await files[0].blob.text());
    expect(saved.subject).toBe('warga1');
    expect(saved.reports.map((r: { title: string }) => r.title).sort()).toEqual(['Lampu jalan mati', 'Sampah menumpuk di pasar']);
    expect(saved.reports.find((r: { title: string }) => r.title === 'Lampu jalan mati').contact).toEqual({ name: 'Warga Satu', phone: '+6281234567890' });
    expect(saved.messages).toHaveLength(1);
    expect(saved.supports).toHaveLength(1);
    const call = requests.find((r) => new URL(r.url).pathname === '/api/v1/me/data');
    expect(call?.headers.get('Authorization')).toBe('Bearer warga1');
    expect(await within(panel).findByRole('status')).toHaveTextContent('Data Anda telah disimpan sebagai berkas.');
  });

  it('shows why the download failed and saves no file', async () => {
    loginAs();
    const files = captureDownloads();
    server.use(http.get(`${API_URL}/api/v1/me/data`, () => problem(503, 'Service Unavailable', { detail: 'Basis data sedang dipelihara.' })));
    const { user } = renderApp('/laporan-saya');
    await user.click(await screen.findByRole('button', { name: 'Unduh data saya' }));

    const alert = await screen.findByTestId('my-data-download-failed');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('Data Anda tidak dapat diunduh.');
    expect(alert).toHaveTextContent('Basis data sedang dipelihara.');
    expect(files).toHaveLength(0);
  });

  it('starts a new login when the API answers 401', async () => {
    loginAs();
    vi.mocked(handleUnauthorized).mockClear();
    server.use(http.get(`${API_URL}/api/v1/me/data`, () => problem(401, 'Unauthorized')));
    const { user } = renderApp('/laporan-saya');
    await user.click(await screen.findByRole('button', { name: 'Unduh data saya' }));

    expect(await screen.findByTestId('my-data-download-failed')).toHaveTextContent('Sesi Anda telah berakhir. Silakan masuk lagi, lalu ulangi.');
    expect(handleUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('explains the erasure and erases nothing until the citizen confirms', async () => {
    loginAs();
    seedCitizen();
    const requests = recordRequests();
    const { user } = renderApp('/laporan-saya');
    const erase = await screen.findByRole('button', { name: 'Hapus data pribadi saya' });
    expect(erase).toHaveAttribute('aria-expanded', 'false');

    await user.click(erase);
    const confirm = screen.getByRole('group', { name: 'Hapus data pribadi Anda?' });
    expect(confirm).toHaveFocus();
    expect(erase).toHaveAttribute('aria-expanded', 'true');
    expect(confirm).toHaveAccessibleDescription(/Laporan Anda tetap tersimpan, tetapi tanpa nama/);
    expect(confirm).toHaveTextContent('Judul dan isi laporan tetap ada');
    expect(confirm).toHaveTextContent('tidak lagi muncul di Laporan saya');
    expect(confirm).toHaveTextContent('Akun masuk Anda tidak ikut terhapus');

    await user.click(within(confirm).getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('group', { name: 'Hapus data pribadi Anda?' })).not.toBeInTheDocument();
    expect(erase).toHaveFocus();

    await user.click(erase);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Hapus data pribadi Anda?' })).not.toBeInTheDocument();

    expect(erasures(requests)).toHaveLength(0);
    expect(db.reports.filter((r) => r.owner === 'warga1')).toHaveLength(2);
  });

  it('erases once after the confirmation, shows the counts and empties the list', async () => {
    loginAs();
    seedCitizen();
    const requests = recordRequests();
    const { user } = renderApp('/laporan-saya');
    expect(within(await screen.findByTestId('my-reports')).getAllByRole('listitem')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Hapus data pribadi saya' }));
    await user.click(screen.getByRole('button', { name: 'Ya, hapus data pribadi saya' }));

    const done = await screen.findByTestId('my-data-erased');
    expect(done).toHaveAttribute('role', 'status');
    expect(done).toHaveTextContent('Data pribadi Anda telah dihapus.');
    const count = (term: string) => within(done).getByText(term).nextElementSibling;
    expect(count('Laporan yang tidak lagi mencantumkan Anda')).toHaveTextContent('2');
    expect(count('Pesan yang tidak lagi mencantumkan Anda')).toHaveTextContent('1');
    expect(count('Dukungan yang dihapus')).toHaveTextContent('1');
    expect(within(done).getByRole('link', { name: 'Pengaturan akun' })).toHaveAttribute('href', 'http://keycloak.test/realms/aduan/account');
    expect(done).toHaveFocus();

    // The list was fetched again: the reports no longer belong to the account.
    expect(await screen.findByTestId('my-reports-empty')).toBeInTheDocument();
    expect(erasures(requests)).toHaveLength(1);
    expect(erasures(requests)[0].headers.get('Authorization')).toBe('Bearer warga1');
    expect(screen.queryByRole('button', { name: 'Hapus data pribadi saya' })).not.toBeInTheDocument();
    expect(db.supports).toEqual([expect.objectContaining({ user: 'warga3' })]);
  });

  it('keeps the confirmation open with the API’s error, and the reports in the list', async () => {
    loginAs();
    seedCitizen();
    server.use(http.post(`${API_URL}/api/v1/me/erasure`, () => problem(503, 'Service Unavailable', { detail: 'Basis data sedang dipelihara.' })));
    const { user } = renderApp('/laporan-saya');
    await user.click(await screen.findByRole('button', { name: 'Hapus data pribadi saya' }));
    const confirm = screen.getByRole('group', { name: 'Hapus data pribadi Anda?' });
    await user.click(within(confirm).getByRole('button', { name: 'Ya, hapus data pribadi saya' }));

    const alert = await within(confirm).findByRole('alert');
    expect(alert).toHaveTextContent('Data pribadi Anda tidak dapat dihapus.');
    expect(alert).toHaveTextContent('Basis data sedang dipelihara.');
    expect(screen.queryByTestId('my-data-erased')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('my-reports')).getAllByRole('listitem')).toHaveLength(2);
    expect(within(confirm).getByRole('button', { name: 'Ya, hapus data pribadi saya' })).toBeEnabled();
  });

  it('says so when the API refuses the account (403)', async () => {
    loginAs();
    server.use(http.post(`${API_URL}/api/v1/me/erasure`, () => problem(403, 'Forbidden'), { once: true }));
    const { user } = renderApp('/laporan-saya');
    await user.click(await screen.findByRole('button', { name: 'Hapus data pribadi saya' }));
    await user.click(screen.getByRole('button', { name: 'Ya, hapus data pribadi saya' }));

    expect(await screen.findByTestId('my-data-erase-failed')).toHaveTextContent('Akun Anda tidak diizinkan melakukan ini.');
    expect(screen.queryByTestId('my-data-erased')).not.toBeInTheDocument();
  });

  it('is offered only after logging in, and in English too', async () => {
    const { unmount } = renderApp('/laporan-saya');
    await screen.findByTestId('login-required');
    expect(screen.queryByTestId('my-data')).not.toBeInTheDocument();
    unmount();

    loginAs();
    const { user } = renderApp('/laporan-saya');
    await screen.findByTestId('my-data');
    await user.selectOptions(screen.getByLabelText('Bahasa'), 'English');
    expect(await screen.findByRole('button', { name: 'Download my data' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Erase my personal data' }));
    expect(screen.getByRole('group', { name: 'Erase your personal data?' })).toHaveTextContent('Titles and descriptions stay: they are the complaint.');
  });
});
