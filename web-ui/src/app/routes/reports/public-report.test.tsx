import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { API_URL } from '@/testing/mocks/api-url';
import { seedReport } from '@/testing/mocks/db';
import { seedPublicReport } from '@/testing/mocks/handlers/public-report';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const when = (iso: string) => new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

const AGENCY = 'Dinas Pekerjaan Umum dan Penataan Ruang';

/** A pothole the agency answered and fixed, as the API's public page shows it (texts already masked). */
function answeredPothole() {
  return seedPublicReport(
    {
      status: 'CLOSED',
      title: 'Jalan berlubang, hubungi [nomor telepon disembunyikan]',
      description: 'Lubang besar di tengah jalan. NIK saya [NIK disembunyikan].',
      supportCount: 1234,
    },
    {
      categoryName: 'Jalan dan jembatan',
      agencyName: AGENCY,
      location: { coarse: true, latitude: -10.16, longitude: 123.6, kelurahanName: 'Oesapa', kecamatanName: 'Kelapa Lima' },
      verifiedAt: '2026-03-02T01:00:00Z',
      forwardedAt: '2026-03-02T02:00:00Z',
      resolvedAt: '2026-03-12T03:00:00Z',
      closedAt: '2026-03-13T04:00:00Z',
      resolution: 'Lubang sudah ditambal oleh tim UPT Jalan.',
      rating: 4,
      photos: [
        { id: 'a1', mediaType: 'image/jpeg', url: '/api/v1/reports/public/CODE/photos/a1' },
        { id: 'a2', mediaType: 'image/webp', url: '/api/v1/reports/public/CODE/photos/a2' },
      ],
      timeline: [
        { type: 'SUBMITTED', at: '2026-03-01T00:00:00Z', status: 'SUBMITTED' },
        { type: 'VERIFIED', at: '2026-03-02T01:00:00Z', status: 'VERIFIED' },
        { type: 'FORWARDED', at: '2026-03-02T02:00:00Z', status: 'FORWARDED', agencyName: AGENCY },
        { type: 'FOLLOWED_UP', at: '2026-03-05T02:00:00Z', status: 'IN_PROGRESS', agencyName: AGENCY, text: 'Tim survei dijadwalkan Kamis.' },
        { type: 'MESSAGE_POSTED', at: '2026-03-06T02:00:00Z', agencyName: AGENCY, text: 'Aspal menunggu cuaca kering.' },
        { type: 'RESOLVED', at: '2026-03-12T03:00:00Z', status: 'RESOLVED', agencyName: AGENCY, text: 'Lubang sudah ditambal oleh tim UPT Jalan.' },
        { type: 'CONFIRMED', at: '2026-03-13T04:00:00Z', status: 'CLOSED', rating: 4 },
      ],
    },
  );
}

describe('Halaman publik laporan', () => {
  it("shows the masked report, its steps, photos and the agency's responses, newest first", async () => {
    const report = answeredPothole();
    renderApp(`/laporan-publik/${report.trackingCode}`);

    const page = await screen.findByTestId('public-report');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Jalan berlubang, hubungi [nomor telepon disembunyikan]');
    expect(page).toHaveTextContent('Lubang besar di tengah jalan. NIK saya [NIK disembunyikan].');
    expect(page).toHaveTextContent('Identitas pelapor tidak ditampilkan.');
    expect(document.title).toBe('Jalan berlubang, hubungi [nomor telepon disembunyikan] · Aduan');
    expect(within(page).getAllByTestId('report-status')[0]).toHaveTextContent('Ditutup');
    expect(within(screen.getByTestId('public-steps')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `Diajukan ${when(report.createdAt)}`,
      `Terverifikasi ${when('2026-03-02T01:00:00Z')}`,
      `Didisposisikan ${when('2026-03-02T02:00:00Z')}`,
      `Selesai ditangani ${when('2026-03-12T03:00:00Z')}`,
      `Ditutup ${when('2026-03-13T04:00:00Z')}`,
    ]);

    const photos = within(screen.getByTestId('public-photos')).getAllByRole('img');
    expect(photos.map((img) => img.getAttribute('alt'))).toEqual(['Foto 1 dari 2', 'Foto 2 dari 2']);
    expect(photos[0]).toHaveAttribute('src', `${API_URL}/api/v1/reports/public/CODE/photos/a1`);
    expect(photos[0]).toHaveAttribute('loading', 'lazy');
    expect(photos[0]).toHaveAttribute('width', '640');
    expect(photos[0]).toHaveAttribute('height', '480');

    const responses = screen.getByTestId('agency-responses');
    expect(within(responses).getByRole('heading', { level: 2 })).toHaveTextContent('Tanggapan instansi');
    expect(within(responses).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `Hasil penyelesaian · ${AGENCY}Lubang sudah ditambal oleh tim UPT Jalan.${when('2026-03-12T03:00:00Z')}`,
      `Balasan · ${AGENCY}Aspal menunggu cuaca kering.${when('2026-03-06T02:00:00Z')}`,
      `Tindak lanjut · ${AGENCY}Tim survei dijadwalkan Kamis.${when('2026-03-05T02:00:00Z')}`,
    ]);
    expect(screen.getByTestId('public-rating')).toHaveTextContent('Penilaian pelapor: 4 dari 5');
    expect(screen.getByTestId('public-supports')).toHaveTextContent('1.234 warga juga mengalami ini');
    expect(screen.getByRole('button', { name: 'Masuk untuk mendukung' })).toBeInTheDocument();

    expect(screen.getByTestId('public-agency')).toHaveTextContent(AGENCY);
    const location = screen.getByTestId('public-location');
    expect(location).toHaveTextContent('Oesapa, Kelapa Lima');
    expect(location).toHaveTextContent('Lokasi perkiraan (sekitar 1 km)');
    expect(within(location).getByRole('link', { name: /Buka lokasi di peta/ })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/?mlat=-10.16&mlon=123.6#map=15/-10.16/123.6',
    );
    expect(page).toHaveTextContent('Jalan dan jembatan');

    const history = screen.getByTestId('public-timeline');
    expect(screen.getByText('Riwayat lengkap (7 langkah)')).toBeInTheDocument();
    expect(history).toHaveTextContent('Laporan didisposisikan');
    expect(history).toHaveTextContent(`Instansi: ${AGENCY}`);
    expect(history).toHaveTextContent('Penilaian: 4 dari 5');
  });

  it('opens from the public feed instead of the tracking page that asks for a PIN', async () => {
    const report = answeredPothole();
    const { user, router } = renderApp('/laporan-publik');

    await user.click(within(await screen.findByTestId('public-list')).getByRole('link', { name: report.title }));

    expect(await screen.findByTestId('agency-responses')).toHaveTextContent('Lubang sudah ditambal oleh tim UPT Jalan.');
    expect(router.state.location.pathname).toBe(`/laporan-publik/${report.trackingCode}`);
    expect(screen.queryByLabelText('PIN')).not.toBeInTheDocument();
  });

  it('says so while the agency has not answered, and shares the link by copying it', async () => {
    const report = seedPublicReport({ status: 'VERIFIED', title: 'Lampu jalan mati', supportCount: 1 });
    const { user } = renderApp(`/laporan-publik/${report.trackingCode.toLowerCase()}`);

    expect(await screen.findByTestId('agency-responses')).toHaveTextContent('Belum ada tanggapan dari instansi.');
    expect(screen.getByTestId('public-supports')).toHaveTextContent('1 warga juga mengalami ini');
    expect(screen.queryByTestId('public-photos')).not.toBeInTheDocument();

    // jsdom has no share sheet: the link is copied (user-event provides the clipboard).
    await user.click(screen.getByRole('button', { name: 'Salin tautan' }));
    expect(await screen.findByText('Tautan disalin.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/laporan-publik/${report.trackingCode}`);
    expect(screen.getByRole('link', { name: /Kirim lewat WhatsApp/ })).toHaveAttribute(
      'href',
      `https://wa.me/?text=${encodeURIComponent(`Lampu jalan mati\n${window.location.origin}/laporan-publik/${report.trackingCode}`)}`,
    );

    await user.selectOptions(screen.getByLabelText('Bahasa'), 'English');
    expect(screen.getByTestId('public-supports')).toHaveTextContent('1 resident has the same problem');
    expect(screen.getByTestId('agency-responses')).toHaveTextContent('The agency has not responded yet.');
  });

  it('answers a report that is unknown, not verified or confidential with the same friendly page', async () => {
    const pending = seedReport({ status: 'SUBMITTED', title: 'Belum diverifikasi' });
    const confidential = seedPublicReport({ confidential: true, title: 'Rahasia' });

    for (const code of ['ZZZZ9999', pending.trackingCode, confidential.trackingCode]) {
      const { unmount } = renderApp(`/laporan-publik/${code}`);
      const page = await screen.findByTestId('public-report-not-found');
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Laporan tidak ditemukan atau tidak publik');
      expect(page).toHaveTextContent(`Tidak ada laporan publik dengan kode ${code}.`);
      expect(within(page).getByRole('link', { name: 'Lacak laporan Anda dengan kode pelacakan' })).toHaveAttribute('href', `/lacak/${code}`);
      expect(screen.queryByText('Belum diverifikasi')).not.toBeInTheDocument();
      unmount();
    }
  });

  it('offers a retry when the API cannot answer', async () => {
    server.use(http.get(`${API_URL}/api/v1/reports/public/:ref`, () => HttpResponse.json({ status: 503, title: 'Unavailable' }, { status: 503 })));
    renderApp('/laporan-publik/ABCD2345');
    expect(await screen.findByTestId('public-report-failed')).toHaveTextContent('Laporan tidak dapat dimuat.');
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
  });
});

describe('Lacak laporan → halaman publik', () => {
  it('links a public report to its public page, and a report not public yet to nothing', async () => {
    const report = seedPublicReport({ status: 'IN_PROGRESS', title: 'Saluran air tersumbat' });
    const { user, unmount } = renderApp(`/lacak/${report.trackingCode}`);
    await user.click(await screen.findByRole('link', { name: 'Lihat halaman publik laporan ini' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Saluran air tersumbat' })).toBeInTheDocument();
    expect(screen.getByTestId('public-supports')).toHaveTextContent('Belum ada warga lain yang mendukung laporan ini.');
    unmount();

    // The API leaves the title out while the report is not public.
    server.use(
      http.get(`${API_URL}/api/v1/reports/track/:code`, ({ params }) =>
        HttpResponse.json({ trackingCode: String(params.code), status: 'SUBMITTED', type: 'COMPLAINT', createdAt: report.createdAt, updatedAt: report.updatedAt }),
      ),
    );
    renderApp('/lacak/ABCD2345');
    expect(await screen.findByTestId('tracked-report')).toHaveTextContent('Laporan ABCD2345');
    expect(screen.queryByTestId('public-page-link')).not.toBeInTheDocument();
  });
});
