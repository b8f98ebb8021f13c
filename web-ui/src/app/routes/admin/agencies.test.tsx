import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { localeStore } from '@/i18n/locale-store';
import { API_URL } from '@/testing/mocks/api-url';
import { adminDb, seedIds } from '@/testing/mocks/handlers/admin';
import { problem } from '@/testing/mocks/handlers/reports';
import { server } from '@/testing/mocks/server';
import { loginAs, renderApp } from '@/testing/test-utils';

const loginAsAdmin = () => loginAs('Admin Kota', 'admin1', ['admin']);

/** The list item of the agency called `name` in the tree (its own row, not a descendant's). */
const treeItem = (name: string) => screen.getByText(name, { selector: '.tree__name' }).closest('li') as HTMLElement;

describe('Admin: instansi', () => {
  it('shows the agencies as a tree with their codes and status in words', async () => {
    loginAsAdmin();
    renderApp('/admin/instansi');
    const tree = await screen.findByTestId('agency-tree');
    expect(screen.getByRole('heading', { level: 1, name: 'Instansi dan unit kerja' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Menu pengaturan' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Instansi' })).toHaveAttribute('aria-current', 'page');

    const dinkes = treeItem('Dinas Kesehatan');
    expect(within(dinkes).getByText('Puskesmas Oebobo')).toBeInTheDocument();
    expect(within(treeItem('Puskesmas Oebobo')).getByText('DINKES-PKM-OEBOBO')).toBeInTheDocument();
    expect(within(treeItem('Dinas Perhubungan (lama)')).getByText('Nonaktif')).toBeInTheDocument();
    expect(within(tree).getAllByText('Aktif')).toHaveLength(4);
  });

  it('lets an admin add a sub-unit that then shows under its parent', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/instansi');
    await user.click(await screen.findByRole('button', { name: 'Tambah instansi' }));
    expect(screen.getByRole('heading', { name: 'Tambah instansi atau unit kerja' })).toHaveFocus();

    await user.type(screen.getByLabelText('Kode'), 'dinkes-pkm-oesapa');
    expect(screen.getByLabelText('Kode')).toHaveValue('DINKES-PKM-OESAPA');
    await user.type(screen.getByLabelText('Nama instansi'), 'Puskesmas Oesapa');
    const parent = screen.getByLabelText('Instansi induk');
    expect(within(parent).getByRole('option', { name: '— Puskesmas Oebobo (DINKES-PKM-OEBOBO)' })).toBeInTheDocument();
    await user.selectOptions(parent, 'Dinas Kesehatan (DINKES)');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByTestId('admin-notice')).toHaveTextContent('Instansi Puskesmas Oesapa ditambahkan.');
    expect(screen.queryByTestId('agency-editor')).not.toBeInTheDocument();
    expect(await within(treeItem('Dinas Kesehatan')).findByText('Puskesmas Oesapa')).toBeInTheDocument();
    expect(adminDb.agencies.find((a) => a.code === 'DINKES-PKM-OESAPA')).toMatchObject({
      name: 'Puskesmas Oesapa',
      parentId: seedIds.dinkes,
      active: true,
    });
  });

  it('edits an agency, and never offers the agency or its sub-units as its parent', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/instansi');
    await user.click(await screen.findByRole('button', { name: 'Ubah Dinas Kesehatan' }));
    expect(screen.getByLabelText('Kode')).toHaveValue('DINKES');
    const parent = screen.getByLabelText('Instansi induk');
    expect(within(parent).queryByRole('option', { name: /Dinas Kesehatan/ })).not.toBeInTheDocument();
    expect(within(parent).queryByRole('option', { name: /Puskesmas Oebobo/ })).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText('Nama instansi'));
    await user.type(screen.getByLabelText('Nama instansi'), 'Dinas Kesehatan Kota');
    await user.click(screen.getByLabelText('Aktif'));
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByTestId('admin-notice')).toHaveTextContent('Perubahan pada Dinas Kesehatan Kota disimpan.');
    expect(await within(treeItem('Dinas Kesehatan Kota')).findAllByText('Nonaktif')).not.toHaveLength(0);
    expect(adminDb.agencies.find((a) => a.id === seedIds.dinkes)).toMatchObject({ name: 'Dinas Kesehatan Kota', active: false });
  });

  it('checks the code and name before sending', async () => {
    let sent = false;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') sent = true;
    });
    loginAsAdmin();
    const { user } = renderApp('/admin/instansi');
    await user.click(await screen.findByRole('button', { name: 'Tambah instansi' }));
    await user.type(screen.getByLabelText('Kode'), 'X');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByTestId('form-errors')).toHaveFocus();
    expect(screen.getByLabelText('Kode')).toHaveAccessibleDescription(expect.stringContaining('Kode harus 2–32 karakter'));
    expect(screen.getByLabelText('Nama instansi')).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toBe(false);
  });

  it('shows a server violation next to its field', async () => {
    server.use(
      http.post(`${API_URL}/api/v1/agencies`, () =>
        problem(400, 'Invalid request', {
          detail: 'name is reserved.',
          violations: [
            { field: 'createAgency.input.name', message: 'is reserved for the city secretariat' },
            { field: 'location', message: 'is not a field of this request' },
          ],
        }),
      ),
    );
    loginAsAdmin();
    const { user } = renderApp('/admin/instansi');
    await user.click(await screen.findByRole('button', { name: 'Tambah instansi' }));
    await user.type(screen.getByLabelText('Kode'), 'SETDA-2');
    await user.type(screen.getByLabelText('Nama instansi'), 'Sekretariat');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    const summary = await screen.findByTestId('form-errors');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('is not a field of this request');
    const name = screen.getByLabelText('Nama instansi');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('is reserved for the city secretariat');
    expect(screen.getByLabelText('Kode')).not.toHaveAttribute('aria-invalid');
  });

  it('explains a duplicate code (409)', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/instansi');
    await user.click(await screen.findByRole('button', { name: 'Tambah instansi' }));
    await user.type(screen.getByLabelText('Kode'), 'DINKES');
    await user.type(screen.getByLabelText('Nama instansi'), 'Dinas Kesehatan Baru');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    const failed = await screen.findByTestId('form-failed');
    expect(failed).toHaveTextContent('Data ini bentrok dengan data yang sudah ada.');
    expect(failed).toHaveTextContent('Another agency already has the code DINKES.');
    expect(screen.getByTestId('agency-editor')).toBeInTheDocument();
  });

  it('closes the form with Batal and gives the focus back', async () => {
    loginAsAdmin();
    const { user } = renderApp('/admin/instansi');
    const add = await screen.findByRole('button', { name: 'Tambah instansi' });
    await user.click(add);
    await user.click(screen.getByRole('button', { name: 'Batal' }));
    expect(screen.queryByTestId('agency-editor')).not.toBeInTheDocument();
    expect(add).toHaveFocus();

    await user.click(add);
    await user.type(screen.getByLabelText('Nama instansi'), 'Setengah jadi{Escape}');
    expect(screen.queryByTestId('agency-editor')).not.toBeInTheDocument();
    expect(add).toHaveFocus();
  });

  it('speaks English too', async () => {
    localeStore.set('en');
    loginAsAdmin();
    const { user } = renderApp('/admin/instansi');
    await screen.findByTestId('agency-tree');
    expect(screen.getByRole('heading', { level: 1, name: 'Agencies and units' })).toBeInTheDocument();
    expect(within(treeItem('Dinas Perhubungan (lama)')).getByText('Inactive')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit Dinas Kesehatan' }));
    expect(screen.getByLabelText('Parent agency')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
  });

  it('shows the tree read-only to a supervisor', async () => {
    loginAs('Inspektorat', 'supervisor1', ['supervisor']);
    renderApp('/admin/instansi');
    expect(await screen.findByTestId('agency-tree')).toHaveTextContent('Dinas Kesehatan');
    expect(screen.getByTestId('read-only')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tambah instansi' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Ubah/ })).not.toBeInTheDocument();
  });

  it('shows the forbidden page to an officer', async () => {
    loginAs('Petugas Satu', 'petugas1', ['officer']);
    renderApp('/admin/instansi');
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
    expect(screen.queryByTestId('agency-tree')).not.toBeInTheDocument();
  });

  it('asks a guest to log in', async () => {
    renderApp('/admin/instansi');
    expect(await screen.findByTestId('login-required')).toBeInTheDocument();
  });

  it('follows nextCursor until it has every agency', async () => {
    for (let i = 1; i <= 120; i++) {
      adminDb.agencies.push({
        id: crypto.randomUUID(),
        code: `UPT-${String(i).padStart(3, '0')}`,
        name: `Unit Pelaksana ${i}`,
        parentId: null,
        active: true,
        createdAt: '2026-01-05T01:00:00Z',
        updatedAt: '2026-01-05T01:00:00Z',
      });
    }
    loginAsAdmin();
    renderApp('/admin/instansi');
    const tree = await screen.findByTestId('agency-tree');
    expect(within(tree).getByText('Unit Pelaksana 120')).toBeInTheDocument();
    expect(within(tree).getAllByRole('listitem')).toHaveLength(125);
  });

  it('shows an error with a retry button when the list fails', async () => {
    server.use(http.get(`${API_URL}/api/v1/agencies`, () => problem(503, 'Service Unavailable')));
    loginAsAdmin();
    renderApp('/admin/instansi');
    const failed = await screen.findByTestId('load-failed');
    expect(failed).toHaveTextContent('Data gagal dimuat.');
    expect(within(failed).getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
  });
});
