import { screen, waitFor, within } from '@testing-library/react';
import { API_URL } from '@/testing/mocks/api-url';
import { seedIds } from '@/testing/mocks/handlers/admin';
import { seedStatsReport, statsDb } from '@/testing/mocks/handlers/stats';
import { recordRequests, renderApp } from '@/testing/test-utils';

describe('Statistik publik', () => {
  it('shows the city’s figures and open data to a guest, without confidential reports', async () => {
    statsDb.reports = [];
    seedStatsReport({ status: 'CLOSED', receivedAt: '2026-11-03T02:00:00Z', kecamatanCode: '53.71.04', categoryId: seedIds.catJalan });
    seedStatsReport({ status: 'ARCHIVED', receivedAt: '2026-11-03T05:00:00Z', kecamatanCode: '53.71.04', categoryId: seedIds.catJalan });
    seedStatsReport({ status: 'IN_PROGRESS', receivedAt: '2026-11-04T02:00:00Z', kecamatanCode: '53.71.04', categoryId: seedIds.catJalan });
    seedStatsReport({ status: 'SUBMITTED', receivedAt: '2026-11-05T02:00:00Z', confidential: true });
    const requests = recordRequests();
    const { user, router } = renderApp('/statistik-publik?from=2026-11-01&to=2026-11-30');

    expect(await screen.findByRole('heading', { name: 'Statistik pengaduan kota' })).toBeInTheDocument();
    expect(screen.getByTestId('open-data-privacy')).toHaveTextContent('Laporan rahasia dan data pribadi tidak disertakan.');
    const received = await screen.findByTestId('figure-received');
    expect(received).toHaveTextContent(/^Diterima3/);
    // The public figures open no drill-down.
    expect(within(screen.getByTestId('open-summary')).queryAllByRole('link')).toEqual([]);
    expect(requests.every((r) => !r.headers.has('Authorization'))).toBe(true);

    const monthly = await screen.findByTestId('open-monthly');
    expect(within(monthly).getByRole('link', { name: 'Unduh JSON: Data terbuka per bulan' })).toHaveAttribute('href', `${API_URL}/api/v1/open-data/monthly`);
    await user.selectOptions(within(monthly).getByLabelText('Bulan'), '2026-11');
    const row = within(within(monthly).getByTestId('open-monthly-table')).getAllByRole('row')[1];
    expect(row).toHaveTextContent('InfrastrukturKelapa Lima311');

    await user.click(screen.getByRole('button', { name: '90 hari terakhir' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('to')).not.toBe('2026-11-30'));
  });

  it('is linked from the navigation for everyone', async () => {
    const { user, router } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Statistik publik' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/statistik-publik'));
    expect(await screen.findByTestId('open-summary')).toBeInTheDocument();
  });
});
