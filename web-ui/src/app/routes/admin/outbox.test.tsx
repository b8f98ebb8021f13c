import { screen, within } from '@testing-library/react';
import { channelIds, channelsDb } from '@/testing/mocks/handlers/channels';
import { loginAs, renderApp } from '@/testing/test-utils';

const loginAsAdmin = () => loginAs('Admin Kota', 'admin1', ['admin']);
const row = (id: string) => screen.getByTestId(`outbox-row-${id}`);

describe('Admin: pesan keluar', () => {
  it('shows the dead messages first, in a table with headers', async () => {
    loginAsAdmin();
    renderApp('/admin/pesan-keluar');
    const table = await screen.findByRole('table', { name: 'Pesan keluar: Gagal' });
    expect(screen.getByRole('tab', { name: 'Gagal' })).toHaveAttribute('aria-selected', 'true');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Jenis',
      'Tujuan',
      'Kejadian',
      'Percobaan',
      'Galat terakhir',
      'Dibuat',
      'Percobaan berikutnya',
      'Laporan',
      'Tindakan',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const webhook = row(channelIds.deadWebhook);
    expect(within(webhook).getAllByRole('cell').slice(0, 5).map((td) => td.textContent)).toEqual([
      'Webhook',
      'https://inspektorat.kupangkota.go.id/hooks/aduan',
      'Laporan didisposisikan',
      '8',
      'HTTP 503 from https://inspektorat.kupangkota.go.id/hooks/aduan',
    ]);
    expect(within(webhook).getByText(/28 Nov 2026/)).toHaveAttribute('dateTime', '2026-11-28T03:00:00Z');
    expect(within(webhook).getByRole('link', { name: /Buka laporan/ })).toHaveAttribute('href', `/laporan/${channelIds.report}`);
    expect(within(row(channelIds.deadSms)).queryByRole('link')).not.toBeInTheDocument();
  });

  it('switches status with the tabs (arrow keys too) and filters by kind', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/pesan-keluar');
    await screen.findByRole('table', { name: 'Pesan keluar: Gagal' });
    await user.click(screen.getByRole('tab', { name: 'Terkirim' }));
    const sent = await screen.findByRole('table', { name: 'Pesan keluar: Terkirim' });
    expect(within(sent).getByRole('columnheader', { name: 'Terkirim pada' })).toBeInTheDocument();
    expect(within(sent).queryByRole('columnheader', { name: 'Tindakan' })).not.toBeInTheDocument();
    expect(within(sent).queryByRole('button', { name: /Kirim ulang/ })).not.toBeInTheDocument();
    expect(row(channelIds.sentWebhook)).toHaveTextContent('Laporan ditutup');

    screen.getByRole('tab', { name: 'Terkirim' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Menunggu' })).toHaveFocus();
    expect(await screen.findByRole('table', { name: 'Pesan keluar: Menunggu' })).toBeInTheDocument();
    expect(row(channelIds.pendingEmail)).toHaveTextContent('maria@example.org');

    await user.click(screen.getByRole('tab', { name: 'Gagal' }));
    await screen.findByRole('table', { name: 'Pesan keluar: Gagal' });
    await user.selectOptions(screen.getByLabelText('Jenis'), 'SMS');
    await vi.waitFor(() => expect(screen.queryByTestId(`outbox-row-${channelIds.deadWebhook}`)).not.toBeInTheDocument());
    expect(row(channelIds.deadSms)).toHaveTextContent('+6281338000111');
  });

  it('sends a dead message again', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/pesan-keluar');
    await screen.findByRole('table');
    await user.click(within(row(channelIds.deadSms)).getByRole('button', { name: 'Kirim ulang Laporan selesai ditangani ke +6281338000111' }));
    const result = await screen.findByTestId('outbox-result');
    expect(result).toHaveTextContent('Pesan ke +6281338000111 masuk antrean lagi');
    expect(result).toHaveFocus();
    expect(channelsDb.outbox.find((m) => m.id === channelIds.deadSms)).toMatchObject({ status: 'PENDING', attempts: 0 });
    await vi.waitFor(() => expect(screen.queryByTestId(`outbox-row-${channelIds.deadSms}`)).not.toBeInTheDocument());
  });

  it('explains a message that is no longer dead (409) and reloads the list', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/pesan-keluar');
    await screen.findByRole('table');
    // Another admin sent it again in the meantime.
    channelsDb.outbox.find((m) => m.id === channelIds.deadWebhook)!.status = 'PENDING';
    await user.click(within(row(channelIds.deadWebhook)).getByRole('button', { name: /Kirim ulang/ }));
    const result = await screen.findByTestId('outbox-result');
    expect(result).toHaveAttribute('role', 'alert');
    expect(result).toHaveTextContent('Pesan ini tidak lagi berstatus gagal');
    await vi.waitFor(() => expect(screen.queryByTestId(`outbox-row-${channelIds.deadWebhook}`)).not.toBeInTheDocument());
  });

  it('says so when nothing is dead', async () => {
    channelsDb.outbox = channelsDb.outbox.filter((m) => m.status !== 'DEAD');
    loginAsAdmin();
    renderApp('/admin/pesan-keluar');
    expect(await screen.findByTestId('outbox-empty')).toHaveTextContent('Tidak ada pesan yang gagal.');
  });

  it('shows the forbidden page to officers and supervisors', async () => {
    loginAs('Petugas Satu', 'petugas1', ['officer']);
    const { unmount } = renderApp('/admin/pesan-keluar');
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
    unmount();
    loginAs('Inspektorat', 'supervisor1', ['supervisor']);
    renderApp('/admin/pesan-keluar');
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});
