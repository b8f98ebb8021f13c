import { screen, within } from '@testing-library/react';
import { adminDb, seedIds } from '@/testing/mocks/handlers/admin';
import { loginAs, renderApp } from '@/testing/test-utils';

const treeItem = (name: string) => screen.getByText(name, { selector: '.tree__name' }).closest('li') as HTMLElement;

describe('Admin: kategori', () => {
  it('shows the category tree with each responsible agency, inactive ones included', async () => {
    adminDb.categories.push({
      id: crypto.randomUUID(),
      code: 'LAMA',
      name: 'Kategori lama',
      active: false,
      createdAt: '2026-01-05T01:00:00Z',
      updatedAt: '2026-01-05T01:00:00Z',
    });
    loginAs('Admin Kota', 'admin1', ['admin']);
    renderApp('/admin/kategori');
    await screen.findByTestId('category-tree');
    const infra = treeItem('Infrastruktur');
    expect(within(infra).getByText('Jalan rusak')).toBeInTheDocument();
    expect(within(treeItem('Jalan rusak')).getByText('Penanggung jawab: Dinas Pekerjaan Umum dan Penataan Ruang')).toBeInTheDocument();
    expect(within(treeItem('Kategori lama')).getByText('Nonaktif')).toBeInTheDocument();
  });

  it('lets an admin add a sub-category with a default agency', async () => {
    loginAs('Admin Kota', 'admin1', ['admin']);
    const { user } = renderApp('/admin/kategori');
    await user.click(await screen.findByRole('button', { name: 'Tambah kategori' }));
    await user.type(screen.getByLabelText('Kode'), 'PUSKESMAS');
    await user.type(screen.getByLabelText('Nama kategori'), 'Pelayanan puskesmas');
    await user.selectOptions(screen.getByLabelText('Kategori induk'), 'Layanan kesehatan (KESEHATAN)');

    const agency = screen.getByLabelText('Instansi penanggung jawab');
    expect(within(agency).getByRole('option', { name: 'Dinas Perhubungan (lama) (DISHUB-LAMA) (nonaktif)' })).toBeDisabled();
    await user.selectOptions(agency, '— Puskesmas Oebobo (DINKES-PKM-OEBOBO)');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByTestId('admin-notice')).toHaveTextContent('Kategori Pelayanan puskesmas ditambahkan.');
    const parent = treeItem('Layanan kesehatan');
    expect(await within(parent).findByText('Pelayanan puskesmas')).toBeInTheDocument();
    expect(within(parent).getByText('Penanggung jawab: Puskesmas Oebobo')).toBeInTheDocument();
    expect(adminDb.categories.find((c) => c.code === 'PUSKESMAS')).toMatchObject({
      parentId: seedIds.catKesehatan,
      defaultAgencyId: seedIds.pkmOebobo,
      active: true,
    });
  });

  it('edits a category and shows a refused agency next to its field', async () => {
    // Someone deactivated the agency after the page was loaded: the API refuses it.
    loginAs('Admin Kota', 'admin1', ['admin']);
    const { user } = renderApp('/admin/kategori');
    await user.click(await screen.findByRole('button', { name: 'Ubah Jalan rusak' }));
    expect(screen.getByLabelText('Kategori induk')).toHaveValue(seedIds.catInfra);
    await user.selectOptions(screen.getByLabelText('Instansi penanggung jawab'), 'Sekretariat Daerah (SETDA)');
    adminDb.agencies.find((a) => a.id === seedIds.setda)!.active = false;
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByTestId('form-errors')).toHaveFocus();
    expect(screen.getByLabelText('Instansi penanggung jawab')).toHaveAccessibleDescription(
      expect.stringContaining('must be an active agency'),
    );
  });

  it('shows the tree read-only to a supervisor', async () => {
    loginAs('Inspektorat', 'supervisor1', ['supervisor']);
    renderApp('/admin/kategori');
    expect(await screen.findByTestId('category-tree')).toHaveTextContent('Jalan rusak');
    expect(screen.queryByRole('button', { name: 'Tambah kategori' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Ubah/ })).not.toBeInTheDocument();
  });

  it('shows the forbidden page to an officer', async () => {
    loginAs('Petugas Satu', 'petugas1', ['officer']);
    renderApp('/admin/kategori');
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});
