import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { login } from '@/auth/keycloak';
import { API_URL } from '@/testing/mocks/api-url';
import { seedReport } from '@/testing/mocks/db';
import { problem } from '@/testing/mocks/handlers/reports';
import { server } from '@/testing/mocks/server';
import { loginAs, renderApp } from '@/testing/test-utils';

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
