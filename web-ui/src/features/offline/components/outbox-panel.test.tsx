import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { db } from '@/testing/mocks/db';
import { loginAs } from '@/testing/test-utils';
import { outboxStore, type QueuedReport } from '../stores/outbox-store';
import { clearMemoryStorage } from '../utils/safe-storage';
import { OfflineBanner } from './offline-banner';
import { OutboxPanel } from './outbox-panel';

const queued = (title: string, extra: Partial<QueuedReport> = {}): QueuedReport => ({
  state: 'queued',
  key: crypto.randomUUID(),
  body: { type: 'COMPLAINT', title, description: 'Sudah seminggu lampu jalan mati.', anonymous: false, confidential: false },
  queuedAt: '2026-11-29T01:15:30Z',
  attempts: 0,
  ...extra,
});

function renderPanel() {
  const user = userEvent.setup();
  render(
    <MemoryRouter>
      <OfflineBanner />
      <OutboxPanel />
    </MemoryRouter>,
  );
  return { user };
}

afterEach(() => clearMemoryStorage());

describe('OfflineBanner', () => {
  it('tells the user while the device is offline', () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderPanel();
    expect(screen.getByRole('status')).toHaveTextContent('Anda sedang luring');

    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});

describe('OutboxPanel', () => {
  it('renders nothing while no report is kept on the device', () => {
    renderPanel();
    expect(screen.queryByRole('heading', { name: 'Laporan di perangkat ini' })).not.toBeInTheDocument();
  });

  it('lists a waiting report, sends it on "Kirim sekarang" and shows the tracking code and the guest PIN', async () => {
    outboxStore.put(queued('Lampu jalan mati di Jalan Timor Raya'));
    const { user } = renderPanel();

    const waiting = screen.getByTestId('outbox-queued');
    expect(waiting).toHaveTextContent('Lampu jalan mati di Jalan Timor Raya');
    expect(waiting).toHaveTextContent('Menunggu koneksi');
    expect(screen.getByText(/Lampiran tidak ikut disimpan/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Kirim sekarang' }));

    const sent = await screen.findByTestId('outbox-sent');
    expect(screen.queryByTestId('outbox-queued')).not.toBeInTheDocument();
    const code = db.reports[0].trackingCode;
    expect(within(sent).getByTestId('outbox-tracking-code')).toHaveTextContent(code);
    expect(within(sent).getByTestId('outbox-pin')).toHaveTextContent('482913');
    expect(within(sent).getByText(/Catat PIN ini sekarang/)).toBeInTheDocument();
    expect(within(sent).getByRole('link', { name: 'Lacak laporan ini' })).toHaveAttribute('href', `/lacak/${code}`);

    await user.click(within(sent).getByRole('button', { name: 'Sudah saya catat' }));
    expect(screen.queryByTestId('outbox-sent')).not.toBeInTheDocument();
    expect(outboxStore.getSnapshot().sent).toEqual([]);
  });

  it('shows why a refused report failed and lets the user discard it', async () => {
    outboxStore.put({
      ...queued('Judul ditolak'),
      state: 'failed',
      failedAt: '2026-11-29T02:00:00Z',
      status: 400,
      problem: { title: 'Invalid request', status: 400, detail: 'Kategori tidak dikenal.' },
    });
    const { user } = renderPanel();

    const failed = screen.getByTestId('outbox-failed');
    expect(failed).toHaveTextContent('Judul ditolak');
    expect(failed).toHaveTextContent('Alasan: Kategori tidak dikenal.');

    await user.click(within(failed).getByRole('button', { name: 'Buang' }));
    expect(screen.queryByTestId('outbox-failed')).not.toBeInTheDocument();
  });

  it('explains that a citizen’s report waits for that citizen to log in', () => {
    outboxStore.put(queued('Laporan warga satu', { user: 'warga1' }));
    renderPanel();
    expect(screen.getByTestId('outbox-queued')).toHaveTextContent('Masuk lagi untuk mengirimnya');

    act(() => loginAs('Warga Satu', 'warga1'));
    expect(screen.getByTestId('outbox-queued')).not.toHaveTextContent('Masuk lagi');
  });

  it('follows changes made in another tab', () => {
    renderPanel();
    const item = queued('Dari tab lain');

    act(() => {
      localStorage.setItem(`aduan.outbox.${item.key}`, JSON.stringify(item));
      window.dispatchEvent(new StorageEvent('storage', { key: `aduan.outbox.${item.key}` }));
    });

    expect(screen.getByTestId('outbox-queued')).toHaveTextContent('Dari tab lain');
  });

  it('disables "Kirim sekarang" while offline', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    outboxStore.put(queued('Menunggu'));
    renderPanel();
    expect(screen.getByRole('button', { name: 'Kirim sekarang' })).toBeDisabled();
  });
});
