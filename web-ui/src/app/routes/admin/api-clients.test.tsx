import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { localeStore } from '@/i18n/locale-store';
import { API_URL } from '@/testing/mocks/api-url';
import { apiKeyFor, channelIds, channelsDb } from '@/testing/mocks/handlers/channels';
import { problem } from '@/testing/mocks/handlers/reports';
import { server } from '@/testing/mocks/server';
import { loginAs, renderApp } from '@/testing/test-utils';

const loginAsAdmin = () => loginAs('Admin Kota', 'admin1', ['admin']);
const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('Admin: kunci API aplikasi', () => {
  it('lists the applications newest first, revoked keys as revoked and without a revoke button', async () => {
    loginAsAdmin();
    renderApp('/admin/kunci-api');
    const table = await screen.findByRole('table', { name: 'Aplikasi dan kunci API-nya, terbaru di atas' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Nama aplikasi',
      'Kontak',
      'Awalan kunci',
      'Diterbitkan',
      'Terakhir dipakai',
      'Status',
      'Tindakan',
    ]);
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'Aplikasi Lapor Kupang',
      'Portal Kelurahan Oebobo',
      'Aplikasi Lama',
    ]);

    const lapor = row('Aplikasi Lapor Kupang');
    expect(lapor).toHaveTextContent('dev@lapor-kupang.id');
    expect(lapor).toHaveTextContent('adn_Xq3vR9sL…');
    expect(lapor).toHaveTextContent('Berlaku');
    expect(within(lapor).getByRole('button', { name: 'Cabut kunci Aplikasi Lapor Kupang' })).toBeInTheDocument();
    expect(row('Portal Kelurahan Oebobo')).toHaveTextContent('Belum pernah');

    const old = row('Aplikasi Lama');
    expect(old).toHaveTextContent('Dicabut');
    expect(old).not.toHaveTextContent('Berlaku');
    expect(within(old).queryByRole('button')).not.toBeInTheDocument();
  });

  it('explains how applications use the key, with the discovery document of the configured API', async () => {
    loginAsAdmin();
    renderApp('/admin/kunci-api');
    const help = await screen.findByTestId('open311-help');
    expect(help).toHaveTextContent('api_key');
    expect(help).toHaveTextContent(`${API_URL}/open311/v2`);
    expect(within(help).getByRole('link', { name: `${API_URL}/open311/v2/discovery.json` })).toHaveAttribute(
      'href',
      `${API_URL}/open311/v2/discovery.json`,
    );
  });

  it('loads more applications page by page', async () => {
    for (let i = 0; i < 20; i++) {
      channelsDb.apiClients.push({
        id: `0193f1c0-0000-7000-8000-${String(i).padStart(12, '0')}`,
        name: `Aplikasi ${i}`,
        keyPrefix: `adn_app${String(i).padStart(5, '0')}`,
        createdAt: `2025-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
      });
    }
    loginAsAdmin();
    const { user } = renderApp('/admin/kunci-api');
    const table = await screen.findByTestId('api-client-table');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    expect(await within(table).findByRole('rowheader', { name: 'Aplikasi 0' })).toBeInTheDocument();
    expect(within(table).getAllByRole('rowheader')).toHaveLength(23);
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).not.toBeInTheDocument();
  });

  it('issues a key, shows it once with a copy button, keeps it out of the caches and empties the form', async () => {
    loginAsAdmin();
    const { user, queryClient } = renderApp('/admin/kunci-api');
    await screen.findByTestId('api-client-table');
    const name = screen.getByLabelText('Nama aplikasi');
    const contact = screen.getByLabelText('Kontak pengelola (opsional)');

    await user.click(screen.getByRole('button', { name: 'Terbitkan kunci' }));
    expect(await screen.findByTestId('form-errors')).toHaveFocus();
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Nama wajib diisi'));
    expect(channelsDb.apiClients).toHaveLength(3);

    await user.type(name, '  Aplikasi Warga NTT ');
    await user.type(contact, 'tim@warga-ntt.id');
    await user.click(screen.getByRole('button', { name: 'Terbitkan kunci' }));

    const panel = await screen.findByTestId('api-key');
    expect(within(panel).getByRole('heading', { name: 'Kunci API untuk Aplikasi Warga NTT' })).toHaveFocus();
    const added = channelsDb.apiClients.find((c) => c.name === 'Aplikasi Warga NTT');
    expect(added).toMatchObject({ contact: 'tim@warga-ntt.id' });
    const key = apiKeyFor(added!.id);
    expect(screen.getByTestId('api-key-value')).toHaveTextContent(key);
    expect(screen.getByTestId('api-key-warning')).toHaveTextContent('hanya ditampilkan sekali');
    expect(name).toHaveValue('');
    expect(contact).toHaveValue('');
    expect(screen.queryByTestId('form-errors')).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Salin kunci' }));
    expect(await navigator.clipboard.readText()).toBe(key);
    expect(within(panel).getByRole('status')).toHaveTextContent('Kunci disalin.');

    // The list was reloaded with the new application, but neither cache holds its key.
    expect(await screen.findByRole('rowheader', { name: 'Aplikasi Warga NTT' })).toBeInTheDocument();
    expect(row('Aplikasi Warga NTT')).toHaveTextContent(`${key.slice(0, 12)}…`);
    expect(row('Aplikasi Warga NTT')).not.toHaveTextContent(key);
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((q) => q.state.data))).not.toContain(key);
    await waitFor(() =>
      expect(JSON.stringify(queryClient.getMutationCache().getAll().map((m) => m.state.data))).not.toContain(key),
    );

    await user.click(within(panel).getByRole('button', { name: 'Sudah saya simpan' }));
    expect(await screen.findByTestId('admin-notice')).toHaveTextContent('Kunci untuk “Aplikasi Warga NTT” diterbitkan.');
    expect(screen.getByTestId('admin-notice')).toHaveFocus();
    expect(screen.queryByTestId('api-key')).not.toBeInTheDocument();
    expect(screen.queryByText(key)).not.toBeInTheDocument();
  });

  it('leaves an empty contact out of the request', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/kunci-api');
    await screen.findByTestId('api-client-table');
    const bodies: Promise<unknown>[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') bodies.push(request.clone().json());
    });
    onTestFinished(() => server.events.removeAllListeners());
    await user.type(screen.getByLabelText('Nama aplikasi'), 'Tanpa Kontak');
    await user.type(screen.getByLabelText('Kontak pengelola (opsional)'), '   ');
    await user.click(screen.getByRole('button', { name: 'Terbitkan kunci' }));
    await screen.findByTestId('api-key');
    expect(bodies).toHaveLength(1);
    expect(await bodies[0]).toEqual({ name: 'Tanpa Kontak' });
  });

  it('shows the server’s violations next to their fields and keeps what was typed', async () => {
    server.use(
      http.post(`${API_URL}/api/v1/admin/api-clients`, () =>
        problem(400, 'Invalid request', {
          violations: [
            { field: 'createApiClient.input.contact', message: 'must be an email address or a phone number' },
            { field: 'rateLimit', message: 'too many keys today' },
          ],
        }),
      ),
    );
    loginAsAdmin();
    const { user } = renderApp('/admin/kunci-api');
    await screen.findByTestId('api-client-table');
    await user.type(screen.getByLabelText('Nama aplikasi'), 'Aplikasi X');
    await user.type(screen.getByLabelText('Kontak pengelola (opsional)'), 'bukan kontak');
    await user.click(screen.getByRole('button', { name: 'Terbitkan kunci' }));

    const summary = await screen.findByTestId('form-errors');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('rateLimit: too many keys today');
    expect(screen.getByLabelText('Kontak pengelola (opsional)')).toHaveAccessibleDescription(
      expect.stringContaining('must be an email address or a phone number'),
    );
    expect(screen.getByLabelText('Kontak pengelola (opsional)')).toBeInvalid();
    expect(screen.getByLabelText('Nama aplikasi')).toBeValid();
    expect(screen.getByLabelText('Nama aplikasi')).toHaveValue('Aplikasi X');
    expect(screen.queryByTestId('api-key')).not.toBeInTheDocument();
  });

  it('revokes a key only after confirmation', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/kunci-api');
    await screen.findByTestId('api-client-table');
    const revoke = within(row('Aplikasi Lapor Kupang')).getByRole('button', { name: 'Cabut kunci Aplikasi Lapor Kupang' });
    await user.click(revoke);
    const confirm = screen.getByTestId('confirm-remove');
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveAccessibleName(expect.stringContaining('Cabut kunci “Aplikasi Lapor Kupang”?'));
    expect(revoke).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(confirm).getByRole('button', { name: 'Batal' }));
    expect(screen.queryByTestId('confirm-remove')).not.toBeInTheDocument();
    expect(revoke).toHaveFocus();

    await user.click(revoke);
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('confirm-remove')).not.toBeInTheDocument();
    expect(revoke).toHaveFocus();
    expect(channelsDb.apiClients.find((c) => c.id === channelIds.laporKupang)?.revokedAt).toBeUndefined();

    await user.click(revoke);
    await user.click(within(screen.getByTestId('confirm-remove')).getByRole('button', { name: 'Ya, cabut' }));
    expect(await screen.findByTestId('admin-notice')).toHaveTextContent('Kunci “Aplikasi Lapor Kupang” dicabut.');
    expect(screen.getByTestId('admin-notice')).toHaveFocus();
    expect(channelsDb.apiClients.find((c) => c.id === channelIds.laporKupang)?.revokedAt).toEqual(expect.any(String));
    await waitFor(() => expect(row('Aplikasi Lapor Kupang')).toHaveTextContent('Dicabut'));
    expect(within(row('Aplikasi Lapor Kupang')).queryByRole('button')).not.toBeInTheDocument();
    expect(row('Aplikasi Lapor Kupang')).toBeInTheDocument();
  });

  it('says so inside the confirmation when revoking fails', async () => {
    server.use(http.delete(`${API_URL}/api/v1/admin/api-clients/:id`, () => problem(404, 'Not found')));
    loginAsAdmin();
    const { user } = renderApp('/admin/kunci-api');
    await screen.findByTestId('api-client-table');
    await user.click(within(row('Portal Kelurahan Oebobo')).getByRole('button', { name: 'Cabut kunci Portal Kelurahan Oebobo' }));
    const confirm = screen.getByTestId('confirm-remove');
    await user.click(within(confirm).getByRole('button', { name: 'Ya, cabut' }));
    expect(await within(confirm).findByText('Kunci gagal dicabut.')).toBeInTheDocument();
    expect(screen.queryByTestId('admin-notice')).not.toBeInTheDocument();
  });

  it('is for admins only: supervisors get the forbidden page and no menu entry', async () => {
    loginAs('Inspektorat', 'supervisor1', ['supervisor']);
    const { unmount } = renderApp('/admin/kunci-api');
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
    expect(screen.queryByTestId('api-client-table')).not.toBeInTheDocument();
    unmount();

    renderApp('/admin/instansi');
    const menu = await screen.findByRole('navigation', { name: 'Menu pengaturan' });
    expect(within(menu).getByRole('link', { name: 'Instansi' })).toBeInTheDocument();
    expect(within(menu).queryByRole('link', { name: 'Kunci API aplikasi' })).not.toBeInTheDocument();
  });

  it('is in the admins’ settings menu after the webhook and outgoing-message pages', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/instansi');
    const menu = await screen.findByRole('navigation', { name: 'Menu pengaturan' });
    const labels = within(menu).getAllByRole('link').map((a) => a.textContent);
    expect(labels.slice(-3)).toEqual(['Webhook', 'Pesan keluar', 'Kunci API aplikasi']);
    await user.click(within(menu).getByRole('link', { name: 'Kunci API aplikasi' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kunci API aplikasi' })).toBeInTheDocument();
    const pageMenu = screen.getByRole('navigation', { name: 'Menu pengaturan' });
    expect(within(pageMenu).getByRole('link', { name: 'Kunci API aplikasi' })).toHaveAttribute('aria-current', 'page');
  });

  it('speaks English too', async () => {
    localeStore.set('en');
    loginAsAdmin();
    renderApp('/admin/kunci-api');
    expect(await screen.findByRole('heading', { level: 1, name: 'App API keys' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Applications and their API keys, newest first' })).toBeInTheDocument();
    expect(within(row('Aplikasi Lama')).getByText('Revoked')).toBeInTheDocument();
  });
});
