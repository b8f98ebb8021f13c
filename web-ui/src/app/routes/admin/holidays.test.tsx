import { screen, within } from '@testing-library/react';
import { adminDb } from '@/testing/mocks/handlers/admin';
import { loginAs, renderApp } from '@/testing/test-utils';

const loginAsAdmin = () => loginAs('Admin Kota', 'admin1', ['admin']);
const card = (name: string) => screen.getByRole('heading', { name }).closest('li') as HTMLElement;

describe('Admin: hari libur', () => {
  it('lists the holidays of the chosen year with their kind in words', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/hari-libur?tahun=2026');
    const list = await screen.findByTestId('holiday-list');
    expect(within(list).getAllByRole('heading').map((h) => h.textContent)).toEqual([
      'Tahun Baru 2026 Masehi',
      'Cuti bersama Hari Raya Natal',
      'Hari Raya Natal',
    ]);
    const cuti = card('Cuti bersama Hari Raya Natal');
    expect(cuti).toHaveTextContent('Cuti bersama');
    expect(within(cuti).getByText(/24 Desember 2026/)).toHaveAttribute('dateTime', '2026-12-24');
    expect(card('Hari Raya Natal')).toHaveTextContent('Libur nasional');

    await user.selectOptions(screen.getByLabelText('Tahun'), '2027');
    expect(await screen.findByRole('heading', { name: 'Tahun Baru 2027 Masehi' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Hari Raya Natal' })).not.toBeInTheDocument();
  });

  it('lets an admin add a holiday', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/hari-libur?tahun=2026');
    await user.click(await screen.findByRole('button', { name: 'Tambah hari libur' }));
    await user.type(screen.getByLabelText('Tanggal'), '2026-04-25');
    await user.type(screen.getByLabelText('Keterangan'), 'Hari jadi Kota Kupang');
    await user.selectOptions(screen.getByLabelText('Jenis'), 'Libur daerah');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByTestId('admin-notice')).toHaveTextContent('Hari libur “Hari jadi Kota Kupang” ditambahkan.');
    expect(await screen.findByRole('heading', { name: 'Hari jadi Kota Kupang' })).toBeInTheDocument();
    expect(card('Hari jadi Kota Kupang')).toHaveTextContent('Libur daerah');
    expect(adminDb.holidays).toContainEqual({ date: '2026-04-25', name: 'Hari jadi Kota Kupang', kind: 'LOCAL' });
  });

  it('checks the date, and explains a day that is already a holiday (409)', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/hari-libur?tahun=2026');
    await user.click(await screen.findByRole('button', { name: 'Tambah hari libur' }));
    await user.type(screen.getByLabelText('Keterangan'), 'Natal');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByTestId('form-errors')).toHaveFocus();
    expect(screen.getByLabelText('Tanggal')).toHaveAccessibleDescription('Masukkan tanggal yang valid antara tahun 2000 dan 2100.');

    await user.type(screen.getByLabelText('Tanggal'), '2026-12-25');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    const failed = await screen.findByTestId('form-failed');
    expect(failed).toHaveTextContent('Data ini bentrok dengan data yang sudah ada.');
    expect(failed).toHaveTextContent('2026-12-25 is already a holiday.');
  });

  it('removes a holiday only after confirmation', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/hari-libur?tahun=2026');
    await screen.findByTestId('holiday-list');
    const remove = within(card('Cuti bersama Hari Raya Natal')).getByRole('button', {
      name: 'Hapus Cuti bersama Hari Raya Natal',
    });

    await user.click(remove);
    const confirm = screen.getByTestId('confirm-remove');
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveTextContent('Hapus “Cuti bersama Hari Raya Natal” pada Kamis, 24 Desember 2026?');
    await user.click(within(confirm).getByRole('button', { name: 'Batal' }));
    expect(screen.queryByTestId('confirm-remove')).not.toBeInTheDocument();
    expect(remove).toHaveFocus();
    expect(adminDb.holidays).toHaveLength(4);

    await user.click(remove);
    await user.click(within(screen.getByTestId('confirm-remove')).getByRole('button', { name: 'Ya, hapus' }));
    expect(await screen.findByTestId('admin-notice')).toHaveTextContent('Hari libur “Cuti bersama Hari Raya Natal” dihapus.');
    expect(screen.queryByRole('heading', { name: 'Cuti bersama Hari Raya Natal' })).not.toBeInTheDocument();
    expect(adminDb.holidays.map((h) => h.date)).not.toContain('2026-12-24');
  });

  it('shows a supervisor the calendar without add or remove buttons', async () => {
    loginAs('Inspektorat', 'supervisor1', ['supervisor']);
    renderApp('/admin/hari-libur?tahun=2026');
    expect(await screen.findByTestId('holiday-list')).toHaveTextContent('Hari Raya Natal');
    expect(screen.queryByRole('button', { name: 'Tambah hari libur' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Hapus/ })).not.toBeInTheDocument();
  });

  it('shows the forbidden page to an officer', async () => {
    loginAs('Petugas Satu', 'petugas1', ['officer']);
    renderApp('/admin/hari-libur');
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });

  it('shows an empty year', async () => {
    loginAsAdmin();
    renderApp('/admin/hari-libur?tahun=2030');
    expect(await screen.findByTestId('holidays-empty')).toHaveTextContent('Belum ada hari libur untuk tahun 2030.');
  });
});
