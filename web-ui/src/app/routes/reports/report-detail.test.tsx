import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { reportPins } from '@/api/report-pins';
import { API_URL } from '@/testing/mocks/api-url';
import { db, seedReport, type StoredReport } from '@/testing/mocks/db';
import { seedIds } from '@/testing/mocks/handlers/admin';
import { problem } from '@/testing/mocks/handlers/reports';
import { addEvent } from '@/testing/mocks/handlers/workspace';
import { server } from '@/testing/mocks/server';
import { loginAs, recordRequests, renderApp } from '@/testing/test-utils';

const open = (status: StoredReport['status'], extra: Partial<StoredReport> = {}) => {
  const report = seedReport({ status, owner: 'warga1', contact: { name: 'Warga Satu' }, ...extra });
  addEvent(report.id, 'SUBMITTED', 'citizen');
  return report;
};

describe('the report page', () => {
  it('lets an admin verify, then forward to the agency the category suggests', async () => {
    const report = open('SUBMITTED', { categoryId: seedIds.catJalan });
    loginAs('Admin Satu', 'admin1', ['admin']);
    const { user } = renderApp(`/laporan/${report.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: report.title })).toBeInTheDocument();
    expect(screen.getByTestId('report-contact')).toHaveTextContent('Warga Satu');
    await user.click(within(screen.getByTestId('verify-form')).getByRole('button', { name: 'Verifikasi laporan' }));

    const forward = await screen.findByTestId('forward-form');
    expect(await within(forward).findByRole('option', { name: /Dinas Pekerjaan Umum/ })).toBeInTheDocument();
    expect(within(forward).getByLabelText('Instansi tujuan')).toHaveValue(seedIds.pupr);
    expect(forward).toHaveTextContent('Disarankan oleh kategori laporan.');
    await user.click(within(forward).getByRole('button', { name: 'Disposisikan' }));

    expect(await screen.findByTestId('report-agency')).toHaveTextContent('Dinas Pekerjaan Umum dan Penataan Ruang');
    expect(db.reports[0]).toMatchObject({ status: 'FORWARDED', currentAgencyId: seedIds.pupr });
    expect(await screen.findByTestId('timeline')).toHaveTextContent('Laporan didisposisikan');
  });

  it('archives a report as a duplicate of a public one found nearby first', async () => {
    const far = seedReport({ status: 'VERIFIED', title: 'Sampah menumpuk di pasar Oeba', location: { kelurahanCode: '53.71.03.1001' } });
    const near = seedReport({ status: 'FORWARDED', title: 'Sampah menumpuk di Oesapa', location: { kelurahanCode: '53.71.04.1003' } });
    const report = open('SUBMITTED', { title: 'Sampah menumpuk dekat pantai', location: { kelurahanCode: '53.71.04.1003' } });
    const requests = recordRequests();
    loginAs('Admin Satu', 'admin1', ['admin']);
    const { user } = renderApp(`/laporan/${report.id}`);
    const archive = await screen.findByTestId('archive-form');
    const choices = await within(archive).findAllByRole('radio');
    expect(choices.map((c) => c.closest('label')?.querySelector('strong')?.textContent)).toEqual([near.title, far.title]);
    const asked = requests.map((r) => new URL(r.url)).find((u) => u.pathname === '/api/v1/reports/similar');
    expect(asked?.searchParams.get('kelurahanCode')).toBe('53.71.04.1003');
    await user.click(choices[0]);
    await user.click(within(archive).getByRole('button', { name: 'Arsipkan laporan' }));
    expect(await screen.findByTestId('timeline')).toBeInTheDocument();
    await vi.waitFor(() => expect(db.reports.find((r) => r.id === report.id)?.status).toBe('ARCHIVED'));
  });

  it('asks for the hold message next to its field and sends nothing without it', async () => {
    const report = open('SUBMITTED');
    loginAs('Admin Satu', 'admin1', ['admin']);
    const { user } = renderApp(`/laporan/${report.id}`);
    const hold = await screen.findByTestId('hold-form');
    await user.click(within(hold).getByRole('button', { name: 'Tunda laporan' }));
    expect(within(hold).getByLabelText('Apa yang perlu dilengkapi pelapor?')).toHaveAccessibleDescription(
      expect.stringContaining('Wajib diisi.'),
    );
    expect(db.reports[0].status).toBe('SUBMITTED');
  });

  it('keeps internal notes from the reporter and lets the reporter confirm with a rating', async () => {
    const report = open('RESOLVED', { currentAgencyId: seedIds.dinkes });
    db.messages.push(
      { reportId: report.id, id: crypto.randomUUID(), internal: false, body: 'Sudah kami perbaiki.', authorRole: 'officer', createdAt: '2026-11-29T03:00:00Z' },
      { reportId: report.id, id: crypto.randomUUID(), internal: true, body: 'Rahasia antarpetugas.', authorRole: 'officer', createdAt: '2026-11-29T03:01:00Z' },
    );
    loginAs();
    const { user } = renderApp(`/laporan/${report.id}`);

    const timeline = await screen.findByTestId('timeline');
    expect(timeline).toHaveTextContent('Sudah kami perbaiki.');
    expect(timeline).not.toHaveTextContent('Rahasia antarpetugas.');
    expect(screen.queryByTestId('verify-form')).not.toBeInTheDocument();

    const confirm = screen.getByTestId('confirm-form');
    await user.click(within(confirm).getByRole('button', { name: 'Konfirmasi selesai' }));
    expect(confirm).toHaveTextContent('Pilih penilaian dari 1 sampai 5.');
    await user.click(within(confirm).getByRole('radio', { name: /4 — puas/ }));
    await user.click(within(confirm).getByRole('button', { name: 'Konfirmasi selesai' }));
    expect(await screen.findByText('Pelapor mengonfirmasi penyelesaian')).toBeInTheDocument();
    expect(db.reports[0]).toMatchObject({ status: 'CLOSED', rating: 4 });
  });

  it('shows officers the internal-note choice and their agency steps; supervisors get no forms', async () => {
    const report = open('IN_PROGRESS', { currentAgencyId: seedIds.dinkes });
    loginAs('Petugas Satu', 'petugas1', ['officer']);
    const { user, unmount } = renderApp(`/laporan/${report.id}`);
    const message = await screen.findByTestId('message-form');
    await user.click(within(message).getByRole('radio', { name: /Catatan internal/ }));
    await user.type(within(message).getByLabelText('Pesan'), 'Cek ulang besok.');
    await user.click(within(message).getByRole('button', { name: 'Simpan catatan' }));
    expect(await screen.findByText('Catatan internal (hanya petugas)')).toBeInTheDocument();
    expect(db.messages[0]).toMatchObject({ internal: true, body: 'Cek ulang besok.' });
    expect(screen.getByTestId('resolve-form')).toBeInTheDocument();
    expect(screen.getByTestId('return-form')).toBeInTheDocument();
    unmount();

    loginAs('Pengawas Satu', 'pengawas1', ['supervisor']);
    renderApp(`/laporan/${report.id}`);
    expect(await screen.findByText('Anda melihat laporan ini sebagai pengawas: hanya baca.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Kirim|Simpan|Tandai/ })).not.toBeInTheDocument();
  });

  it('switches to English, dates included', async () => {
    const report = open('SUBMITTED');
    loginAs();
    const { user } = renderApp(`/laporan/${report.id}`);
    expect(await screen.findByRole('heading', { name: 'Riwayat' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Bahasa'), 'English');
    expect(await screen.findByRole('heading', { name: 'History' })).toBeInTheDocument();
    expect(screen.getByText('Report submitted')).toBeInTheDocument();
    expect(screen.getAllByText(/29 Nov 2026/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/Nov 2026, \d{2}\.\d{2}/)).not.toBeInTheDocument();
  });

  it('answers someone else’s report with the not-found page', async () => {
    const report = open('SUBMITTED');
    loginAs('Warga Dua', 'warga2');
    renderApp(`/laporan/${report.id}`);
    expect(await screen.findByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
  });

  it('opens a guest report with its PIN and sends the PIN with every call about it', async () => {
    const report = seedReport({ status: 'SUBMITTED', pin: '482913' });
    const { user } = renderApp(`/lacak/${report.trackingCode}`);
    const form = await screen.findByTestId('pin-form');
    await user.type(within(form).getByLabelText('PIN'), '111111');
    await user.click(within(form).getByRole('button', { name: 'Buka laporan' }));
    expect(await within(form).findByText('Kode pelacakan atau PIN tidak cocok.')).toBeInTheDocument();
    await user.clear(within(form).getByLabelText('PIN'));
    await user.type(within(form).getByLabelText('PIN'), '482913');
    await user.click(within(form).getByRole('button', { name: 'Buka laporan' }));
    // The report page loads its history with the PIN, as the real API requires.
    expect(await screen.findByTestId('timeline')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(report.title);
    expect(screen.getByTestId('message-form')).toBeInTheDocument();
  });
});

describe('a guest deleting their contact details (UU 27/2022)', () => {
  const PIN = '482913';
  const erasures = (requests: Request[]) => requests.filter((r) => r.method === 'POST' && /\/erasure$/.test(new URL(r.url).pathname));

  /** A guest report the tab has opened with its PIN (as the PIN form does). */
  function guestReport() {
    const report = seedReport({ status: 'VERIFIED', pin: PIN, contact: { name: 'Tamu Satu', email: 'tamu@example.id', phone: '+6281234567890' } });
    addEvent(report.id, 'SUBMITTED', 'guest');
    reportPins.set(report.id, PIN);
    return report;
  }

  it('asks first, then sends the PIN, shows the result and the report without the contact', async () => {
    const report = guestReport();
    const requests = recordRequests();
    const { user } = renderApp(`/laporan/${report.id}`);
    expect(await screen.findByTestId('report-contact')).toHaveTextContent('Tamu Satu');
    const section = screen.getByTestId('erase-contact');
    expect(within(section).getByRole('heading', { level: 2, name: 'Data kontak Anda' })).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Hapus data kontak saya dari laporan ini' }));
    const confirm = within(section).getByRole('group', { name: 'Hapus data kontak Anda dari laporan ini?' });
    expect(confirm).toHaveTextContent('Laporan tetap ada dan tetap ditangani');
    expect(erasures(requests)).toHaveLength(0);

    await user.click(within(confirm).getByRole('button', { name: 'Ya, hapus data kontak saya' }));
    const done = await within(section).findByTestId('erase-contact-done');
    expect(done).toHaveTextContent('Data kontak Anda telah dihapus dari laporan ini.');

    expect(erasures(requests)).toHaveLength(1);
    const [call] = erasures(requests);
    expect(new URL(call.url).pathname).toBe(`/api/v1/reports/${report.id}/erasure`);
    expect(call.headers.get('X-Report-Pin')).toBe(PIN);
    expect(call.headers.get('Authorization')).toBeNull();
    // The report page is fetched again and no longer names the guest; the result stays on screen.
    await screen.findByTestId('erase-contact-done');
    await waitFor(() => expect(screen.queryByTestId('report-contact')).not.toBeInTheDocument());
    expect(db.reports[0].contact).toBeUndefined();
    expect(screen.getByTestId('erase-contact-done')).toBeInTheDocument();
  });

  it('erases nothing when the guest cancels', async () => {
    const report = guestReport();
    const requests = recordRequests();
    const { user } = renderApp(`/laporan/${report.id}`);
    await user.click(await screen.findByRole('button', { name: 'Hapus data kontak saya dari laporan ini' }));
    await user.click(screen.getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('group', { name: 'Hapus data kontak Anda dari laporan ini?' })).not.toBeInTheDocument();
    expect(erasures(requests)).toHaveLength(0);
    expect(db.reports[0].contact).toEqual(expect.objectContaining({ name: 'Tamu Satu' }));
  });

  it('tells the guest when the PIN no longer opens the report (404)', async () => {
    const report = guestReport();
    server.use(http.post(`${API_URL}/api/v1/reports/:id/erasure`, () => problem(404, 'Not found')));
    const { user } = renderApp(`/laporan/${report.id}`);
    await user.click(await screen.findByRole('button', { name: 'Hapus data kontak saya dari laporan ini' }));
    await user.click(screen.getByRole('button', { name: 'Ya, hapus data kontak saya' }));

    const alert = await screen.findByTestId('erase-contact-failed');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('Data kontak Anda tidak dapat dihapus.');
    expect(alert).toHaveTextContent('PIN tidak berlaku lagi');
    expect(screen.getByTestId('report-contact')).toHaveTextContent('Tamu Satu');
  });

  it('is not offered to a logged-in reporter, who erases everything from Laporan saya', async () => {
    const report = open('SUBMITTED', { contact: { name: 'Warga Satu', email: 'warga1@example.id' } });
    loginAs();
    renderApp(`/laporan/${report.id}`);
    expect(await screen.findByTestId('report-contact')).toHaveTextContent('Warga Satu');
    expect(screen.queryByTestId('erase-contact')).not.toBeInTheDocument();
  });
});
