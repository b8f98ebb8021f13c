import { screen, within } from '@testing-library/react';
import { seedReport } from '@/testing/mocks/db';
import { loginAs, renderApp } from '@/testing/test-utils';

describe('Kotak masuk', () => {
  it('gives admins the verification queue with each deadline in words', async () => {
    seedReport({ status: 'SUBMITTED', title: 'Pertama' });
    seedReport({ status: 'VERIFIED', title: 'Kedua' });
    seedReport({ status: 'SUBMITTED', title: 'Terlambat', overdue: true });
    seedReport({ status: 'FORWARDED', title: 'Sudah di instansi' });
    loginAs('Admin Satu', 'admin1', ['admin']);
    renderApp('/kotak-masuk');

    expect(await screen.findByRole('heading', { name: 'Antrean verifikasi' })).toBeInTheDocument();
    const items = within(await screen.findByTestId('inbox-list')).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual(['Pertama', 'Kedua', 'Terlambat']);
    expect(within(items[0]).getByTestId('deadline')).toHaveTextContent('Hari terakhir');
    expect(within(items[1]).getByTestId('deadline')).toHaveTextContent('Sisa 1 hari kerja');
    expect(within(items[2]).getByTestId('deadline')).toHaveTextContent('Terlambat 2 hari kerja');
    // Colour repeats the words; it is never the only signal.
    expect(within(items[2]).getByTestId('deadline')).toHaveClass('badge--late');
  });

  it('filters by status through the address, so a filtered queue can be bookmarked', async () => {
    seedReport({ status: 'SUBMITTED', title: 'Baru masuk' });
    seedReport({ status: 'VERIFIED', title: 'Siap didisposisikan' });
    loginAs('Admin Satu', 'admin1', ['admin']);
    const { user, router } = renderApp('/kotak-masuk');
    await screen.findByTestId('inbox-list');
    await user.selectOptions(screen.getByLabelText('Status'), 'Terverifikasi');
    expect(router.state.location.search).toBe('?status=VERIFIED');
    expect(await screen.findByRole('link', { name: 'Siap didisposisikan' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Baru masuk' })).not.toBeInTheDocument();
  });

  it('gives officers their agency inbox, says when it is empty, and keeps citizens out', async () => {
    loginAs('Petugas Satu', 'petugas1', ['officer']);
    const { unmount } = renderApp('/kotak-masuk');
    expect(await screen.findByRole('heading', { name: 'Kotak masuk instansi' })).toBeInTheDocument();
    expect(await screen.findByTestId('inbox-empty')).toBeInTheDocument();
    unmount();

    loginAs();
    renderApp('/kotak-masuk');
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});
