import { screen, within } from '@testing-library/react';
import { channelIds, channelsDb } from '@/testing/mocks/handlers/channels';
import { loginAs, renderApp } from '@/testing/test-utils';

const loginAsAdmin = () => loginAs('Admin Kota', 'admin1', ['admin']);
const card = (name: string) => screen.getByRole('heading', { name }).closest('li') as HTMLElement;

describe('Admin: webhook', () => {
  it('lists the subscriptions newest first with their events in words', async () => {
    loginAsAdmin();
    renderApp('/admin/webhook');
    const list = await screen.findByTestId('webhook-list');
    expect(within(list).getAllByRole('heading').map((h) => h.textContent)).toEqual(['Inspektorat Kota Kupang', 'Bappeda']);
    const inspektorat = card('Inspektorat Kota Kupang');
    expect(inspektorat).toHaveTextContent('Aktif');
    expect(inspektorat).toHaveTextContent('https://inspektorat.kupangkota.go.id/hooks/aduan');
    expect(within(inspektorat).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Laporan didisposisikan',
      'Laporan dieskalasi',
      'Laporan ditutup',
    ]);
    expect(card('Bappeda')).toHaveTextContent('Dijeda');
  });

  it('loads more subscriptions page by page', async () => {
    for (let i = 0; i < 21; i++) {
      channelsDb.webhooks.push({
        id: `0193f1b0-0000-7000-8000-${String(i).padStart(12, '0')}`,
        name: `Sistem ${i}`,
        url: `https://sistem${i}.go.id/hook`,
        eventTypes: ['report.closed'],
        active: true,
        createdAt: `2025-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
      });
    }
    loginAsAdmin();
    const { user } = renderApp('/admin/webhook');
    const list = await screen.findByTestId('webhook-list');
    expect(within(list).getAllByRole('heading')).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    expect(await within(list).findByRole('heading', { name: 'Sistem 0' })).toBeInTheDocument();
    expect(within(list).getAllByRole('heading')).toHaveLength(23);
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).not.toBeInTheDocument();
  });

  it('adds a subscription and shows its secret once, with a copy button', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/webhook');
    await user.click(await screen.findByRole('button', { name: 'Tambah webhook' }));
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByTestId('form-errors')).toHaveFocus();
    expect(screen.getByLabelText('Nama sistem')).toHaveAccessibleDescription(expect.stringContaining('Nama wajib diisi'));
    expect(screen.getByRole('group', { name: 'Jenis kejadian' })).toHaveAccessibleDescription('Pilih paling sedikit satu jenis kejadian.');

    await user.type(screen.getByLabelText('Nama sistem'), 'Ombudsman NTT');
    await user.type(screen.getByLabelText('Alamat (URL)'), 'http://ombudsman.go.id/hook');
    await user.click(screen.getByRole('checkbox', { name: 'Laporan dieskalasi' }));
    await user.click(screen.getByRole('checkbox', { name: 'Laporan diajukan' }));
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(screen.getByLabelText('Alamat (URL)')).toHaveAccessibleDescription(expect.stringContaining('https://'));
    expect(channelsDb.webhooks).toHaveLength(2);

    await user.clear(screen.getByLabelText('Alamat (URL)'));
    await user.type(screen.getByLabelText('Alamat (URL)'), 'https://ombudsman.go.id/hook');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    const secret = await screen.findByTestId('webhook-secret');
    expect(within(secret).getByRole('heading', { name: 'Kunci rahasia untuk Ombudsman NTT' })).toHaveFocus();
    const added = channelsDb.webhooks.find((w) => w.name === 'Ombudsman NTT');
    expect(added).toMatchObject({ url: 'https://ombudsman.go.id/hook', eventTypes: ['report.submitted', 'report.escalated'], active: true });
    const value = `whsec_${added!.id.slice(0, 8)}-rahasia`;
    expect(screen.getByTestId('webhook-secret-value')).toHaveTextContent(value);
    expect(screen.getByTestId('webhook-secret-warning')).toHaveTextContent('hanya ditampilkan sekali');

    await user.click(within(secret).getByRole('button', { name: 'Salin kunci' }));
    expect(await navigator.clipboard.readText()).toBe(value);
    expect(within(secret).getByRole('status')).toHaveTextContent('Kunci disalin.');

    await user.click(within(secret).getByRole('button', { name: 'Sudah saya simpan' }));
    expect(await screen.findByTestId('admin-notice')).toHaveTextContent('Webhook “Ombudsman NTT” ditambahkan.');
    expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();
    expect(screen.queryByText(value)).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Ombudsman NTT' })).toBeInTheDocument();
  });

  it('pauses and resumes a subscription', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/webhook');
    await screen.findByTestId('webhook-list');
    await user.click(within(card('Inspektorat Kota Kupang')).getByRole('button', { name: 'Jeda Inspektorat Kota Kupang' }));
    expect(await screen.findByTestId('admin-notice')).toHaveTextContent('Webhook “Inspektorat Kota Kupang” dijeda');
    expect(channelsDb.webhooks.find((w) => w.id === channelIds.inspektorat)?.active).toBe(false);
    expect(await within(card('Inspektorat Kota Kupang')).findByText('Dijeda')).toBeInTheDocument();

    await user.click(within(card('Bappeda')).getByRole('button', { name: 'Aktifkan lagi Bappeda' }));
    expect(await screen.findByText('Webhook “Bappeda” aktif lagi.')).toBeInTheDocument();
    expect(channelsDb.webhooks.find((w) => w.id === channelIds.bappeda)?.active).toBe(true);
  });

  it('changes the events of a subscription', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/webhook');
    await screen.findByTestId('webhook-list');
    await user.click(within(card('Bappeda')).getByRole('button', { name: 'Ubah kejadian Bappeda' }));
    const editor = screen.getByTestId('webhook-editor');
    expect(within(editor).getByRole('checkbox', { name: 'Laporan selesai ditangani' })).toBeChecked();
    await user.click(within(editor).getByRole('checkbox', { name: 'Laporan selesai ditangani' }));
    await user.click(within(editor).getByRole('button', { name: 'Simpan' }));
    expect(within(editor).getByRole('group', { name: 'Jenis kejadian' })).toHaveAccessibleDescription('Pilih paling sedikit satu jenis kejadian.');

    await user.click(within(editor).getByRole('checkbox', { name: 'Laporan ditutup' }));
    await user.click(within(editor).getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByTestId('admin-notice')).toHaveTextContent('Kejadian webhook “Bappeda” disimpan.');
    expect(channelsDb.webhooks.find((w) => w.id === channelIds.bappeda)?.eventTypes).toEqual(['report.closed']);
  });

  it('removes a subscription only after confirmation', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/webhook');
    await screen.findByTestId('webhook-list');
    const remove = within(card('Bappeda')).getByRole('button', { name: 'Hapus Bappeda' });
    await user.click(remove);
    const confirm = screen.getByTestId('confirm-remove');
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveTextContent('Hapus webhook “Bappeda”?');
    await user.click(within(confirm).getByRole('button', { name: 'Batal' }));
    expect(remove).toHaveFocus();
    expect(channelsDb.webhooks).toHaveLength(2);

    await user.click(remove);
    await user.click(within(screen.getByTestId('confirm-remove')).getByRole('button', { name: 'Ya, hapus' }));
    expect(await screen.findByTestId('admin-notice')).toHaveTextContent('Webhook “Bappeda” dihapus.');
    expect(screen.queryByRole('heading', { name: 'Bappeda' })).not.toBeInTheDocument();
    expect(channelsDb.webhooks.map((w) => w.name)).toEqual(['Inspektorat Kota Kupang']);
  });

  it('is for admins only: supervisors get the forbidden page and no menu entry', async () => {
    loginAs('Inspektorat', 'supervisor1', ['supervisor']);
    const { unmount } = renderApp('/admin/webhook');
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
    unmount();

    renderApp('/admin/instansi');
    const menu = await screen.findByRole('navigation', { name: 'Menu pengaturan' });
    expect(within(menu).getByRole('link', { name: 'Instansi' })).toBeInTheDocument();
    expect(within(menu).queryByRole('link', { name: 'Webhook' })).not.toBeInTheDocument();
    expect(within(menu).queryByRole('link', { name: 'Pesan keluar' })).not.toBeInTheDocument();
  });

  it('shows admins the new pages in the settings menu', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/instansi');
    const menu = await screen.findByRole('navigation', { name: 'Menu pengaturan' });
    await user.click(within(menu).getByRole('link', { name: 'Webhook' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Webhook' })).toBeInTheDocument();
  });
});
