import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { API_URL } from '@/testing/mocks/api-url';
import { db } from '@/testing/mocks/db';
import { ASSISTED_PIN, channelsDb } from '@/testing/mocks/handlers/channels';
import { problem } from '@/testing/mocks/handlers/reports';
import { server } from '@/testing/mocks/server';
import { loginAs, renderApp } from '@/testing/test-utils';

const PATH = '/petugas/laporan-baru';
type User = ReturnType<typeof renderApp>['user'];

async function fillReport(user: User) {
  await user.type(screen.getByLabelText('Judul'), 'Air PDAM tidak mengalir di Oesapa');
  await user.type(screen.getByLabelText('Isi laporan'), 'Sudah lima hari air PDAM tidak mengalir di RT 12.');
}

describe('entering a report for a complainant', () => {
  it('asks for the channel, and for the post link when it came from social media', async () => {
    loginAs('Petugas Satu', 'petugas1', ['officer']);
    const { user } = renderApp(PATH);
    const channel = await screen.findByRole('group', { name: 'Laporan diterima melalui' });
    expect(within(channel).getAllByRole('radio').map((r) => r.closest('label')?.querySelector('strong')?.textContent)).toEqual([
      'Datang langsung',
      'Telepon',
      'Media sosial',
    ]);
    expect(screen.queryByLabelText('Tautan unggahan')).not.toBeInTheDocument();

    await fillReport(user);
    await user.click(screen.getByRole('button', { name: 'Simpan laporan' }));
    expect(await screen.findByTestId('form-errors')).toHaveFocus();
    expect(channel).toHaveAccessibleDescription('Pilih bagaimana laporan diterima.');

    await user.click(within(channel).getByRole('radio', { name: /Media sosial/ }));
    const link = screen.getByLabelText('Tautan unggahan');
    await user.click(screen.getByRole('button', { name: 'Simpan laporan' }));
    expect(link).toHaveAccessibleDescription(expect.stringContaining('Masukkan tautan unggahan media sosial.'));
    await user.type(link, 'http://x.com/post');
    await user.click(screen.getByRole('button', { name: 'Simpan laporan' }));
    expect(link).toHaveAccessibleDescription(expect.stringContaining('Masukkan alamat https:// yang lengkap'));
    expect(channelsDb.assisted).toHaveLength(0);
  });

  it('sends the report with an idempotency key and shows the receipt with the PIN, ready to print', async () => {
    loginAs('Petugas Satu', 'petugas1', ['officer']);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderApp(PATH);
    await user.click(await screen.findByRole('radio', { name: /Media sosial/ }));
    await user.type(screen.getByLabelText('Tautan unggahan'), 'https://x.com/warga_kupang/status/1860000000000000000');
    await user.click(screen.getByRole('radio', { name: /Aspirasi/ }));
    await fillReport(user);
    await user.type(screen.getByLabelText('Nama'), 'Yohanis Bana');
    await user.type(screen.getByLabelText('Nomor telepon'), '+6281338000111');
    await user.selectOptions(screen.getByLabelText('Bahasa pemberitahuan'), 'English');
    await user.click(screen.getByRole('checkbox', { name: /Rahasiakan identitas pelapor/ }));
    await user.click(screen.getByRole('button', { name: 'Simpan laporan' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Laporan tercatat' });
    expect(heading).toHaveFocus();
    expect(screen.getByTestId('assisted-pin')).toHaveTextContent(ASSISTED_PIN);
    expect(screen.getByTestId('tracking-code')).toHaveTextContent(db.reports[0].trackingCode);
    expect(screen.getByTestId('assisted-receipt')).toHaveTextContent('Media sosial');

    expect(channelsDb.assisted).toHaveLength(1);
    const [sent] = channelsDb.assisted;
    expect(sent.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.body).toEqual({
      channel: 'SOCIAL_MEDIA',
      sourceUrl: 'https://x.com/warga_kupang/status/1860000000000000000',
      language: 'en',
      report: {
        type: 'ASPIRATION',
        title: 'Air PDAM tidak mengalir di Oesapa',
        description: 'Sudah lima hari air PDAM tidak mengalir di RT 12.',
        contact: { name: 'Yohanis Bana', phone: '+6281338000111' },
        anonymous: true,
      },
    });

    await user.click(screen.getByRole('button', { name: 'Cetak tanda terima' }));
    expect(print).toHaveBeenCalledOnce();

    await user.click(screen.getByRole('button', { name: 'Input laporan lain' }));
    expect(await screen.findByLabelText('Judul')).toHaveValue('');
    expect(screen.queryByTestId('assisted-pin')).not.toBeInTheDocument();
  });

  it('does not send the link of a post for a walk-in complaint', async () => {
    loginAs('Admin Satu', 'admin1', ['admin']);
    const { user } = renderApp(PATH);
    await user.click(await screen.findByRole('radio', { name: /Media sosial/ }));
    await user.type(screen.getByLabelText('Tautan unggahan'), 'https://x.com/post/1');
    await user.click(screen.getByRole('radio', { name: /Datang langsung/ }));
    await fillReport(user);
    await user.click(screen.getByRole('button', { name: 'Simpan laporan' }));
    expect(await screen.findByTestId('assisted-pin')).toHaveTextContent(ASSISTED_PIN);
    expect(channelsDb.assisted[0].body).toMatchObject({ channel: 'WALK_IN', language: 'id' });
    expect(channelsDb.assisted[0].body).not.toHaveProperty('sourceUrl');
  });

  it('puts the server’s violations on their fields (report.title, sourceUrl) and reuses the key for the same body', async () => {
    loginAs('Petugas Satu', 'petugas1', ['officer']);
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${API_URL}/api/v1/assisted-reports`, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return problem(400, 'Invalid request', {
          violations: [
            { field: 'enterAssistedReport.body.report.title', message: 'Judul sudah dipakai laporan lain hari ini' },
            { field: 'sourceUrl', message: 'bukan unggahan publik' },
            { field: 'report.contact.phone', message: 'nomor tidak dikenal' },
            { field: 'somethingElse', message: 'ditolak' },
          ],
        });
      }),
    );
    const { user } = renderApp(PATH);
    await user.click(await screen.findByRole('radio', { name: /Media sosial/ }));
    await user.type(screen.getByLabelText('Tautan unggahan'), 'https://facebook.com/kupang/posts/1');
    await fillReport(user);
    await user.click(screen.getByRole('button', { name: 'Simpan laporan' }));

    const summary = await screen.findByTestId('form-errors');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('ditolak');
    expect(screen.getByLabelText('Judul')).toHaveAccessibleDescription(expect.stringContaining('Judul sudah dipakai laporan lain hari ini'));
    expect(screen.getByLabelText('Judul')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Tautan unggahan')).toHaveAccessibleDescription(expect.stringContaining('bukan unggahan publik'));
    expect(screen.getByLabelText('Nomor telepon')).toHaveAccessibleDescription(expect.stringContaining('nomor tidak dikenal'));

    await user.click(screen.getByRole('button', { name: 'Simpan laporan' }));
    await screen.findByTestId('form-errors');
    await user.type(screen.getByLabelText('Judul'), ' lagi');
    await user.click(screen.getByRole('button', { name: 'Simpan laporan' }));
    await vi.waitFor(() => expect(keys).toHaveLength(3));
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('is reachable from the inbox and the main navigation of an officer', async () => {
    loginAs('Petugas Satu', 'petugas1', ['officer']);
    const { user } = renderApp('/kotak-masuk');
    await user.click(await screen.findByRole('link', { name: 'Input laporan dari warga' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Input laporan warga' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Navigasi utama' })).toContainElement(
      screen.getByRole('link', { name: 'Input laporan warga' }),
    );
  });

  it('shows the forbidden page to a supervisor and a citizen', async () => {
    loginAs('Inspektorat', 'supervisor1', ['supervisor']);
    const { unmount } = renderApp(PATH);
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Input laporan warga' })).not.toBeInTheDocument();
    unmount();

    loginAs();
    renderApp(PATH);
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});
