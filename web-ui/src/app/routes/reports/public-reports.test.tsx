import { screen, within } from '@testing-library/react';
import { login } from '@/auth/keycloak';
import { db, seedReport } from '@/testing/mocks/db';
import { loginAs, renderApp } from '@/testing/test-utils';

describe('Laporan publik', () => {
  it('shows verified, non-confidential reports and searches them', async () => {
    seedReport({ status: 'IN_PROGRESS', title: 'Jalan berlubang di Oebobo' });
    seedReport({ status: 'RESOLVED', title: 'Sampah menumpuk di pasar', supportCount: 1234 });
    seedReport({ status: 'SUBMITTED', title: 'Belum diverifikasi' });
    seedReport({ status: 'VERIFIED', title: 'Laporan rahasia', confidential: true });
    const { user, router } = renderApp('/laporan-publik');

    const list = await screen.findByTestId('public-list');
    expect(within(list).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Jalan berlubang di Oebobo',
      'Sampah menumpuk di pasar',
    ]);
    // Numbers in the reader's locale: 1.234 in Indonesian.
    expect(list).toHaveTextContent('1.234 dukungan');
    await user.type(screen.getByRole('searchbox', { name: 'Cari' }), 'sampah');
    await user.click(screen.getByRole('button', { name: 'Cari' }));
    expect(router.state.location.search).toBe('?q=sampah');
    expect(await screen.findByText('Sampah menumpuk di pasar')).toBeInTheDocument();
    expect(screen.queryByText('Jalan berlubang di Oebobo')).not.toBeInTheDocument();
  });

  it('asks guests to log in to support, and counts a citizen’s support once', async () => {
    const report = seedReport({ status: 'VERIFIED', title: 'Lampu jalan mati', supportCount: 2 });
    const guest = renderApp('/laporan-publik');
    await guest.user.click(await screen.findByRole('button', { name: 'Masuk untuk mendukung' }));
    expect(login).toHaveBeenCalled();
    guest.unmount();

    loginAs();
    const { user, unmount } = renderApp('/laporan-publik');
    await user.click(await screen.findByRole('button', { name: 'Dukung laporan: Lampu jalan mati' }));
    expect(await screen.findByText('Dukungan Anda tercatat.')).toBeInTheDocument();
    expect(db.reports.find((r) => r.id === report.id)?.supportCount).toBe(3);
    unmount();

    const again = renderApp('/laporan-publik');
    await again.user.click(await screen.findByRole('button', { name: 'Dukung laporan: Lampu jalan mati' }));
    expect(await screen.findByText('Anda sudah mendukung laporan ini.')).toBeInTheDocument();
    expect(db.reports.find((r) => r.id === report.id)?.supportCount).toBe(3);
  });
});
