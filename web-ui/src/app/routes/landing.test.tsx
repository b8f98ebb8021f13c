import { screen, within } from '@testing-library/react';
import { authStore } from '@/auth/keycloak';
import { loginAs, renderApp } from '@/testing/test-utils';

describe('Beranda', () => {
  it('explains Aduan and links to the three actions', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sampaikan laporan Anda kepada pemerintah kota' })).toBeInTheDocument();
    expect(screen.getByText(/Aduan adalah layanan untuk menyampaikan pengaduan/)).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Buat laporan' })).toHaveAttribute('href', '/laporan/baru');
    expect(within(main).getByRole('link', { name: 'Lacak laporan' })).toHaveAttribute('href', '/lacak');
    expect(within(main).getByRole('link', { name: 'Laporan saya' })).toHaveAttribute('href', '/laporan-saya');
    expect(screen.getByRole('button', { name: 'Masuk' })).toBeEnabled();
  });

  it('shows the user’s name and Keluar when logged in', async () => {
    loginAs('Warga Satu');
    renderApp('/');
    expect(await screen.findByTestId('user-name')).toHaveTextContent('Warga Satu');
    expect(screen.getByRole('button', { name: 'Keluar' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Masuk' })).not.toBeInTheDocument();
  });

  it('keeps working for guests when Keycloak is unreachable', async () => {
    authStore.set({ status: 'unavailable' });
    renderApp('/');
    expect(await screen.findByText(/Layanan masuk sedang tidak tersedia/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Masuk' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('navigation')).getByRole('link', { name: 'Buat laporan' })).toBeInTheDocument();
  });

  it('shows a not-found page for unknown addresses', async () => {
    renderApp('/tidak-ada');
    expect(await screen.findByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
  });
});
