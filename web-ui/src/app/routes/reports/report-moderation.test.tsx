import { screen, within } from '@testing-library/react';
import { db, seedReport } from '@/testing/mocks/db';
import { attachmentsDb, addEvent } from '@/testing/mocks/handlers/workspace';
import { loginAs, renderApp } from '@/testing/test-utils';

const photo = (reportId: string, filename: string, isPublic = false) => {
  const a = { reportId, id: crypto.randomUUID(), filename, mediaType: 'image/jpeg' as const, size: 2048,
    uploaderRole: 'citizen' as const, public: isPublic, createdAt: '2026-11-29T02:00:00Z' };
  attachmentsDb.push(a);
  return a;
};

afterEach(() => {
  attachmentsDb.splice(0);
});

describe('moderation of what the public reads', () => {
  it('lets an admin rewrite the public title and publish one photo, keeping the original', async () => {
    const report = seedReport({ status: 'VERIFIED', owner: 'warga1', title: 'Jalan rusak depan rumah Pak Yosef',
      publicTitle: 'Jalan rusak depan rumah Pak Yosef', publicDescription: 'Lubang besar di tengah jalan, berbahaya.' });
    addEvent(report.id, 'SUBMITTED', 'citizen');
    const road = photo(report.id, 'jalan.jpg');
    const face = photo(report.id, 'wajah.jpg');
    loginAs('Admin Satu', 'admin1', ['admin']);
    const { user } = renderApp(`/laporan/${report.id}`);

    const form = await screen.findByTestId('moderation-form');
    const title = within(form).getByLabelText('Judul untuk publik');
    expect(title).toHaveValue('Jalan rusak depan rumah Pak Yosef');
    await user.clear(title);
    await user.type(title, 'Jalan rusak di Oebobo');
    const photos = await within(form).findByTestId('public-photos');
    expect(within(photos).getByRole('checkbox', { name: 'wajah.jpg' })).not.toBeChecked();
    await user.click(within(photos).getByRole('checkbox', { name: 'jalan.jpg' }));
    await user.click(within(form).getByRole('button', { name: 'Simpan untuk publik' }));

    expect(await screen.findByText('Teks atau foto publik disunting admin')).toBeInTheDocument();
    expect(db.reports[0]).toMatchObject({ title: 'Jalan rusak depan rumah Pak Yosef', publicTitle: 'Jalan rusak di Oebobo' });
    expect(attachmentsDb.find((a) => a.id === road.id)?.public).toBe(true);
    expect(attachmentsDb.find((a) => a.id === face.id)?.public).toBe(false);
  });

  it('lets an admin publish a photo while verifying, after seeing it', async () => {
    const report = seedReport({ status: 'SUBMITTED', title: 'Drainase tersumbat', publicTitle: 'Drainase tersumbat',
      publicDescription: 'Air meluap ke jalan setiap hujan.' });
    const road = photo(report.id, 'selokan.jpg');
    loginAs('Admin Satu', 'admin1', ['admin']);
    const { user } = renderApp(`/laporan/${report.id}`);
    const verify = await screen.findByTestId('verify-form');
    await user.click(await within(verify).findByRole('checkbox', { name: 'selokan.jpg' }));
    await user.click(within(verify).getByRole('button', { name: 'Verifikasi laporan' }));
    expect(await screen.findByTestId('forward-form')).toBeInTheDocument();
    expect(db.reports[0].status).toBe('VERIFIED');
    expect(attachmentsDb.find((a) => a.id === road.id)?.public).toBe(true);
  });

  it('refuses a too-short public title next to its field and sends nothing', async () => {
    const report = seedReport({ status: 'SUBMITTED', title: 'Sampah menumpuk', publicTitle: 'Sampah menumpuk',
      publicDescription: 'Sampah menumpuk di pasar sejak minggu lalu.' });
    loginAs('Admin Satu', 'admin1', ['admin']);
    const { user } = renderApp(`/laporan/${report.id}`);
    const form = await screen.findByTestId('moderation-form');
    const title = within(form).getByLabelText('Judul untuk publik');
    await user.clear(title);
    await user.type(title, 'abc');
    await user.click(within(form).getByRole('button', { name: 'Simpan untuk publik' }));
    expect(title).toHaveAccessibleDescription(expect.stringContaining('Judul untuk publik harus 5–200 karakter.'));
    expect(db.reports[0].publicTitle).toBe('Sampah menumpuk');
  });

  it('shows the reporter the public version when it differs, and no moderation form', async () => {
    const report = seedReport({ status: 'VERIFIED', owner: 'warga1', title: 'Jalan rusak, hubungi 081234567890',
      publicTitle: 'Jalan rusak, hubungi [nomor telepon disembunyikan]', publicDescription: 'Lubang besar di tengah jalan.' });
    loginAs();
    renderApp(`/laporan/${report.id}`);
    expect(await screen.findByTestId('public-version')).toHaveTextContent('[nomor telepon disembunyikan]');
    expect(screen.queryByTestId('moderation-form')).not.toBeInTheDocument();
  });
});
