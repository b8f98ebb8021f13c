import { screen, within } from '@testing-library/react';
import { adminDb, seedIds } from '@/testing/mocks/handlers/admin';
import { loginAs, renderApp } from '@/testing/test-utils';

const loginAsAdmin = () => loginAs('Admin Kota', 'admin1', ['admin']);

function seedOfficers(count: number) {
  for (let i = 1; i <= count; i++) {
    adminDb.officers.push({
      subject: `sub-${String(i).padStart(3, '0')}`,
      agencyId: seedIds.pkmOebobo,
      name: `Petugas ${i}`,
      active: i !== 2,
      createdAt: '2026-01-05T01:00:00Z',
      updatedAt: '2026-01-05T01:00:00Z',
    });
  }
}

describe('Admin: petugas', () => {
  it('lists officers with their agency and status, and loads more with the cursor', async () => {
    seedOfficers(24);
    loginAsAdmin();
    const { user } = renderApp('/admin/petugas');
    const list = await screen.findByTestId('officer-list');
    expect(within(list).getAllByRole('heading')).toHaveLength(20);
    const second = within(list).getByRole('heading', { name: 'Petugas 2' }).closest('li') as HTMLElement;
    expect(second).toHaveTextContent('Puskesmas Oebobo');
    expect(second).toHaveTextContent('Nonaktif');

    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    expect(await within(list).findByRole('heading', { name: 'Petugas Dinkes' })).toBeInTheDocument();
    expect(within(list).getAllByRole('heading')).toHaveLength(25);
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).not.toBeInTheDocument();
  });

  it('registers a new account and shows its temporary password once', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/petugas');
    await user.click(await screen.findByRole('button', { name: 'Daftarkan petugas' }));
    expect(screen.getByLabelText('Buat akun baru')).toBeChecked();
    await user.type(screen.getByLabelText('Nama pengguna'), 'petugas.pkm2');
    await user.type(screen.getByLabelText('Nama depan'), 'Yohana');
    await user.type(screen.getByLabelText('Nama belakang'), 'Manafe');
    await user.type(screen.getByLabelText('Email'), 'yohana@aduan.test');
    const agency = screen.getByLabelText('Instansi');
    expect(within(agency).getByRole('option', { name: /Dinas Perhubungan \(lama\)/ })).toBeDisabled();
    await user.selectOptions(agency, '— Puskesmas Oebobo (DINKES-PKM-OEBOBO)');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    const panel = await screen.findByTestId('temporary-password');
    expect(within(panel).getByRole('heading', { name: 'Akun baru dibuat untuk Yohana Manafe' })).toHaveFocus();
    expect(panel).toHaveTextContent('petugas.pkm2');
    expect(panel).toHaveTextContent('hanya ditampilkan sekali');
    const password = within(panel).getByTestId('temporary-password-value').textContent;
    expect(password).toMatch(/^Sementara-/);
    expect(screen.queryByTestId('officer-editor')).not.toBeInTheDocument();

    const stored = adminDb.officers.find((o) => o.name === 'Yohana Manafe');
    expect(stored).toMatchObject({ agencyId: seedIds.pkmOebobo, email: 'yohana@aduan.test', active: true });
    expect(stored).not.toHaveProperty('temporaryPassword');
    expect(await within(screen.getByTestId('officer-list')).findByRole('heading', { name: 'Yohana Manafe' })).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Sudah saya catat' }));
    expect(screen.queryByTestId('temporary-password')).not.toBeInTheDocument();
    expect(screen.queryByText(password!)).not.toBeInTheDocument();
    expect(screen.getByTestId('admin-notice')).toHaveTextContent('Petugas Yohana Manafe didaftarkan.');
  });

  it('registers an existing Keycloak account without a password', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/petugas');
    await user.click(await screen.findByRole('button', { name: 'Daftarkan petugas' }));
    await user.click(screen.getByLabelText('Akun yang sudah ada di Keycloak'));
    await user.type(screen.getByLabelText('ID akun Keycloak'), '6b0f6f0e-0c1a-4c55-9a51-000000000009');
    await user.type(screen.getByLabelText('Nama petugas'), 'Petugas PUPR');
    await user.selectOptions(screen.getByLabelText('Instansi'), 'Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR)');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByTestId('admin-notice')).toHaveTextContent('Petugas Petugas PUPR didaftarkan.');
    expect(screen.queryByTestId('temporary-password')).not.toBeInTheDocument();
    expect(adminDb.officers.find((o) => o.subject === '6b0f6f0e-0c1a-4c55-9a51-000000000009')).toMatchObject({
      agencyId: seedIds.pupr,
      name: 'Petugas PUPR',
    });
  });

  it('checks the new account before sending, and shows a taken username (409)', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/petugas');
    await user.click(await screen.findByRole('button', { name: 'Daftarkan petugas' }));
    await user.type(screen.getByLabelText('Nama pengguna'), 'Petugas Baru');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByTestId('form-errors')).toHaveFocus();
    expect(screen.getByLabelText('Nama pengguna')).toHaveAccessibleDescription(expect.stringContaining('huruf kecil'));
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Instansi')).toHaveAccessibleDescription(expect.stringContaining('Pilih instansi.'));

    await user.clear(screen.getByLabelText('Nama pengguna'));
    await user.type(screen.getByLabelText('Nama pengguna'), 'petugas.dinkes');
    await user.type(screen.getByLabelText('Nama depan'), 'Petrus');
    await user.type(screen.getByLabelText('Nama belakang'), 'Lay');
    await user.type(screen.getByLabelText('Email'), 'petrus@aduan.test');
    await user.selectOptions(screen.getByLabelText('Instansi'), 'Dinas Kesehatan (DINKES)');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    const failed = await screen.findByTestId('form-failed');
    expect(failed).toHaveTextContent('Data ini bentrok dengan data yang sudah ada.');
    expect(failed).toHaveTextContent('The username petugas.dinkes is taken.');
  });

  it('edits an officer: moves and deactivates them', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/petugas');
    await user.click(await screen.findByRole('button', { name: 'Ubah Petugas Dinkes' }));
    expect(screen.getByLabelText('Nama petugas')).toHaveValue('Petugas Dinkes');
    expect(screen.getByLabelText('Instansi')).toHaveValue(seedIds.dinkes);
    await user.selectOptions(screen.getByLabelText('Instansi'), '— Puskesmas Oebobo (DINKES-PKM-OEBOBO)');
    await user.click(screen.getByLabelText('Aktif'));
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByTestId('admin-notice')).toHaveTextContent('Perubahan pada Petugas Dinkes disimpan.');
    const card = (await screen.findByRole('heading', { name: 'Petugas Dinkes' })).closest('li') as HTMLElement;
    expect(await within(card).findByText('Puskesmas Oebobo')).toBeInTheDocument();
    expect(within(card).getByText('Nonaktif')).toBeInTheDocument();
  });

  it('shows the list read-only to a supervisor', async () => {
    loginAs('Inspektorat', 'supervisor1', ['supervisor']);
    renderApp('/admin/petugas');
    expect(await screen.findByTestId('officer-list')).toHaveTextContent('Petugas Dinkes');
    expect(screen.queryByRole('button', { name: 'Daftarkan petugas' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Ubah/ })).not.toBeInTheDocument();
  });

  it('shows the forbidden page to an officer', async () => {
    loginAs('Petugas Satu', 'petugas1', ['officer']);
    renderApp('/admin/petugas');
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });

  it('shows an empty state', async () => {
    adminDb.officers = [];
    loginAsAdmin();
    renderApp('/admin/petugas');
    expect(await screen.findByTestId('officers-empty')).toHaveTextContent('Belum ada petugas terdaftar.');
  });
});
