import { screen, waitFor, within } from '@testing-library/react';
import { seedIds } from '@/testing/mocks/handlers/admin';
import { seedStatsReport, statsDb } from '@/testing/mocks/handlers/stats';
import { captureDownloads, loginAs, recordRequests, renderApp } from '@/testing/test-utils';

describe('Laporan di balik angka', () => {
  beforeEach(() => {
    statsDb.reports = [];
    for (let day = 1; day <= 25; day++) {
      seedStatsReport({ status: 'CLOSED', agencyId: seedIds.dinkes, receivedAt: `2026-11-${String(day).padStart(2, '0')}T02:00:00Z`, verifyDays: day % 5, verifyMet: day % 5 <= 3, rating: 4 });
    }
    seedStatsReport({ status: 'IN_PROGRESS', title: 'Masih ditangani' });
  });

  it('lists the reports behind a number, newest first, and loads more', async () => {
    loginAs('Pengawas Satu', 'supervisor1', ['supervisor']);
    const { user } = renderApp(`/statistik/laporan?from=2026-11-01&to=2026-11-30&agencyId=${seedIds.dinkes}&subAgencies=false&status=CLOSED`);

    const list = await screen.findByTestId('stats-reports');
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    const first = within(list).getAllByRole('listitem')[0];
    expect(within(first).getByRole('link')).toHaveTextContent('Laporan uji 25');
    expect(within(first).getByRole('link')).toHaveAttribute('href', `/laporan/${statsDb.reports[24].id}`);
    expect(first).toHaveTextContent('Verifikasi: 0 hari kerja (tepat waktu) · Penilaian 4 dari 5');
    expect(screen.getByTestId('stats-query')).toHaveTextContent('Dinas Kesehatan (tanpa sub-unit)');
    expect(screen.getByRole('link', { name: '← Kembali ke statistik' })).toHaveAttribute(
      'href',
      `/statistik?from=2026-11-01&to=2026-11-30&agencyId=${seedIds.dinkes}&subAgencies=false`,
    );

    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(25));
    expect(screen.queryByText('Masih ditangani')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).not.toBeInTheDocument();
  });

  it('downloads the whole list as CSV with the same narrowing', async () => {
    loginAs('Admin Satu', 'admin1', ['admin']);
    const files = captureDownloads();
    const requests = recordRequests();
    const { user } = renderApp('/statistik/laporan?from=2026-11-01&to=2026-11-30&status=RESOLVED&status=CLOSED&deadline=verify&deadlineState=late');
    await screen.findByTestId('stats-reports');
    expect(screen.getByTestId('stats-query')).toHaveTextContent('Selesai ditangani, Ditutup');
    expect(screen.getByTestId('stats-query')).toHaveTextContent('Verifikasi dalam 3 hari kerjaTerlambat');

    await user.click(screen.getByRole('button', { name: 'Unduh CSV: Laporan di balik angka' }));
    await waitFor(() => expect(files.map((f) => f.name)).toEqual(['statistik-laporan-2026-11-01_2026-11-30.csv']));
    const csv = requests.find((r) => r.headers.get('Accept') === 'text/csv')!;
    const url = new URL(csv.url);
    expect(url.pathname).toBe('/api/v1/stats/reports');
    expect(url.searchParams.getAll('status')).toEqual(['RESOLVED', 'CLOSED']);
    expect(url.searchParams.get('deadline')).toBe('verify');
    expect(url.searchParams.get('deadlineState')).toBe('late');
    expect(url.searchParams.has('cursor')).toBe(false);
    // Five reports took 4 working days to verify: late.
    expect((await files[0].blob.text()).trim().split(/\r?\n/)).toHaveLength(1 + 5);
  });

  it('says when no report matches', async () => {
    loginAs('Admin Satu', 'admin1', ['admin']);
    renderApp('/statistik/laporan?from=2026-11-01&to=2026-11-30&rating=1');
    expect(await screen.findByTestId('stats-reports-empty')).toHaveTextContent('Tidak ada laporan yang cocok.');
  });
});
