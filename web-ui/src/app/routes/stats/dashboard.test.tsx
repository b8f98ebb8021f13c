import { screen, waitFor, within } from '@testing-library/react';
import { seedIds } from '@/testing/mocks/handlers/admin';
import { seedStatsReport, statsDb } from '@/testing/mocks/handlers/stats';
import { captureDownloads, loginAs, recordRequests, renderApp } from '@/testing/test-utils';

const NOVEMBER = '?from=2026-11-01&to=2026-11-30';

/** November 2026 against the 30 days before it (2–31 October): three reports now, two then. */
function seedTwoPeriods() {
  statsDb.reports = [];
  seedStatsReport({ status: 'CLOSED', verifyDays: 1, verifyMet: true, rating: 5, categoryId: seedIds.catKesehatan, agencyId: seedIds.dinkes, kecamatanCode: '53.71.04' });
  seedStatsReport({ status: 'IN_PROGRESS', verifyDays: 1, verifyMet: true, categoryId: seedIds.catJalan, agencyId: seedIds.pupr });
  seedStatsReport({ status: 'SUBMITTED', receivedAt: '2026-11-28T03:00:00Z', categoryId: seedIds.catJalan });
  seedStatsReport({ status: 'CLOSED', receivedAt: '2026-10-05T03:00:00Z', verifyDays: 3, verifyMet: true });
  seedStatsReport({ status: 'CLOSED', receivedAt: '2026-10-20T03:00:00Z', verifyDays: 5, verifyMet: false });
}

describe('Statistik', () => {
  it('shows each key figure with its change against the previous period, in words', async () => {
    seedTwoPeriods();
    loginAs('Admin Satu', 'admin1', ['admin']);
    renderApp(`/statistik${NOVEMBER}`);

    const received = await screen.findByTestId('figure-received');
    expect(screen.getByTestId('stats-period')).toHaveTextContent(
      'Laporan yang diterima 1 November 2026 – 30 November 2026, dibandingkan dengan 2 Oktober 2026 – 31 Oktober 2026.',
    );
    expect(within(received).getByRole('link')).toHaveTextContent(/^3/);
    expect(within(received).getByTestId('change')).toHaveTextContent('Naik 1 (+50%) · sebelumnya 2');
    expect(within(screen.getByTestId('figure-status-CLOSED')).getByTestId('change')).toHaveTextContent('Turun 1 (-50%) · sebelumnya 2');
    // Durations: fewer working days is better, and the words say so (the colour only repeats them).
    const verify = within(screen.getByTestId('figure-duration-verify')).getByTestId('change');
    expect(verify).toHaveTextContent('Turun 2 hari kerja · lebih baik · sebelumnya 3 hari kerja');
    expect(verify).toHaveClass('stats-change--better');
    const deadline = screen.getByTestId('figure-deadline-verify');
    expect(deadline).toHaveTextContent('100%');
    expect(within(deadline).getByTestId('change')).toHaveTextContent('Naik 50,0 poin persen · lebih baik · sebelumnya 50%');
    expect(screen.getByTestId('figure-satisfaction')).toHaveTextContent('5,0 dari 5');
  });

  it('keeps the filters in the address and asks the API again when one changes', async () => {
    seedTwoPeriods();
    loginAs('Admin Satu', 'admin1', ['admin']);
    const requests = recordRequests();
    const { user, router } = renderApp(`/statistik${NOVEMBER}`);
    expect(within(await screen.findByTestId('figure-received')).getByRole('link')).toHaveTextContent(/^3/);

    await user.selectOptions(screen.getByLabelText('Kategori'), seedIds.catJalan);
    expect(router.state.location.search).toBe(`${NOVEMBER}&categoryId=${seedIds.catJalan}`);
    await waitFor(() => expect(within(screen.getByTestId('figure-received')).getByRole('link')).toHaveTextContent(/^2/));
    const urls = (path: string) => requests.map((r) => new URL(r.url)).filter((url) => url.pathname === path);
    expect(urls('/api/v1/stats/summary').at(-1)?.searchParams.get('categoryId')).toBe(seedIds.catJalan);

    await user.selectOptions(screen.getByLabelText('Per'), 'Minggu');
    expect(new URLSearchParams(router.state.location.search).get('interval')).toBe('week');
    await waitFor(() => expect(urls('/api/v1/stats/series').at(-1)?.searchParams.get('interval')).toBe('week'));

    await user.click(screen.getByRole('button', { name: 'Tahun ini' }));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('from')).toBe(`${new Date().getFullYear()}-01-01`);
    expect(screen.getByRole('button', { name: 'Tahun ini' })).toHaveAttribute('aria-pressed', 'true');
    expect(params.get('categoryId')).toBe(seedIds.catJalan);
  });

  it('links every number to the reports behind it, with the filters and the narrowing', async () => {
    seedTwoPeriods();
    loginAs('Admin Satu', 'admin1', ['admin']);
    const { user, router } = renderApp(`/statistik${NOVEMBER}&type=COMPLAINT`);
    await screen.findByTestId('figure-received');

    const followUp = within(screen.getByTestId('figure-deadline-followUp'));
    const search = (name: RegExp) => new URL(followUp.getByRole('link', { name }).getAttribute('href')!, 'http://x').searchParams.toString();
    expect(search(/Tepat waktu/)).toBe('from=2026-11-01&to=2026-11-30&type=COMPLAINT&deadline=followUp&deadlineState=met');
    expect(search(/Terlambat/)).toBe('from=2026-11-01&to=2026-11-30&type=COMPLAINT&deadline=followUp&deadlineState=late');
    expect(search(/Masih berjalan/)).toBe('from=2026-11-01&to=2026-11-30&type=COMPLAINT&deadline=followUp&deadlineState=overdue');
    const ranking = await screen.findByTestId('ranking-table');
    expect(within(ranking).getByRole('link', { name: /Dinas Kesehatan: Laporan/ })).toHaveAttribute(
      'href',
      `/statistik/laporan?from=2026-11-01&to=2026-11-30&type=COMPLAINT&agencyId=${seedIds.dinkes}&subAgencies=false`,
    );
    const hotspots = await screen.findByTestId('hotspots-table');
    expect(within(hotspots).getByRole('link', { name: /Kelapa Lima, Layanan kesehatan/ })).toHaveAttribute(
      'href',
      `/statistik/laporan?from=2026-11-01&to=2026-11-30&type=COMPLAINT&areaCode=53.71.04&categoryId=${seedIds.catKesehatan}&subCategories=false`,
    );

    await user.click(within(screen.getByTestId('figure-status-CLOSED')).getByRole('link'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/statistik/laporan'));
    expect(router.state.location.search).toBe('?from=2026-11-01&to=2026-11-30&type=COMPLAINT&status=CLOSED');
    const list = await screen.findByTestId('stats-reports');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByTestId('report-status')).toHaveTextContent('Ditutup');
    expect(screen.getByTestId('stats-query')).toHaveTextContent('StatusDitutup');
  });

  it('opens the reports of each state of a deadline: on time, late, still running past it', async () => {
    seedTwoPeriods();
    seedStatsReport({ status: 'CLOSED', verifyDays: 4, verifyMet: false, title: 'Verifikasi terlambat' });
    seedStatsReport({ status: 'SUBMITTED', overdue: true, title: 'Belum diverifikasi' });
    loginAs('Admin Satu', 'admin1', ['admin']);
    const { user } = renderApp(`/statistik${NOVEMBER}`);

    const verify = within(await screen.findByTestId('figure-deadline-verify'));
    const link = (name: RegExp) => verify.getByRole('link', { name });
    expect([link(/Tepat waktu/), link(/Terlambat/), link(/Masih berjalan/)].map((a) => a.textContent?.match(/^\d+/)?.[0])).toEqual(['2', '1', '1']);

    await user.click(link(/Masih berjalan/));
    const list = await screen.findByTestId('stats-reports');
    expect(within(list).getAllByRole('listitem').map((item) => within(item).getByRole('link').textContent)).toEqual([
      expect.stringContaining('Belum diverifikasi'),
    ]);
    const query = screen.getByTestId('stats-query');
    expect(query).toHaveTextContent('Verifikasi dalam 3 hari kerjaMasih berjalan, melewati batas');
    expect(query).not.toHaveTextContent('Melewati batas waktu sekarang');

    await user.click(screen.getByRole('link', { name: '← Kembali ke statistik' }));
    await user.click(within(await screen.findByTestId('figure-deadline-verify')).getByRole('link', { name: /Terlambat/ }));
    await waitFor(() => expect(screen.getByTestId('stats-query')).toHaveTextContent('Verifikasi dalam 3 hari kerjaTerlambat'));
    expect(within(await screen.findByTestId('stats-reports')).getAllByRole('listitem').map((item) => within(item).getByRole('link').textContent)).toEqual([
      expect.stringContaining('Verifikasi terlambat'),
    ]);
  });

  it('opens a hotspot with its exact category, without the reports of its sub-categories', async () => {
    statsDb.reports = [];
    seedStatsReport({ categoryId: seedIds.catInfra, kecamatanCode: '53.71.04', title: 'Jembatan retak' });
    seedStatsReport({ categoryId: seedIds.catJalan, kecamatanCode: '53.71.04', title: 'Jalan berlubang' });
    loginAs('Admin Satu', 'admin1', ['admin']);
    const { user, router } = renderApp(`/statistik${NOVEMBER}`);

    const hotspots = await screen.findByTestId('hotspots-table');
    const infra = within(hotspots).getByRole('link', { name: /Kelapa Lima, Infrastruktur/ });
    expect(infra).toHaveTextContent(/^1/);
    await user.click(infra);
    const list = await screen.findByTestId('stats-reports');
    // Infrastruktur with its sub-category Jalan rusak would be two reports; the hotspot counted one.
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(list).toHaveTextContent('Jembatan retak');
    expect(screen.getByTestId('stats-query')).toHaveTextContent('KategoriInfrastruktur (tanpa subkategori)');

    // Back on the dashboard the exception stays visible, and can be undone.
    await user.click(screen.getByRole('link', { name: '← Kembali ke statistik' }));
    const subCategories = await screen.findByRole('checkbox', { name: 'Termasuk subkategori' });
    expect(subCategories).not.toBeChecked();
    await user.click(subCategories);
    expect(new URLSearchParams(router.state.location.search).has('subCategories')).toBe(false);
    await waitFor(() => expect(within(screen.getByTestId('figure-received')).getByRole('link')).toHaveTextContent(/^2/));
  });

  it('links a week of the chart to the days of that week within the period, by resolution day for resolved', async () => {
    seedTwoPeriods();
    loginAs('Admin Satu', 'admin1', ['admin']);
    const { user } = renderApp(`/statistik${NOVEMBER}&interval=week`);
    await user.click(await screen.findByText('Tampilkan data sebagai tabel'));
    const table = await screen.findByTestId('series-table');
    const firstWeek = within(table).getAllByRole('row')[1];
    expect(firstWeek).toHaveTextContent('Minggu mulai 26 Oktober 2026');
    expect(within(firstWeek).getByRole('link', { name: /Diselesaikan/ })).toHaveAttribute(
      'href',
      '/statistik/laporan?from=2026-11-01&to=2026-11-01&basis=resolved',
    );
    expect(screen.getByRole('img', { name: /3 diterima/ })).toBeInTheDocument();
  });

  it('downloads a block as CSV through the API with Accept: text/csv', async () => {
    seedTwoPeriods();
    loginAs('Admin Satu', 'admin1', ['admin']);
    const files = captureDownloads();
    const requests = recordRequests();
    const { user } = renderApp(`/statistik${NOVEMBER}`);
    await screen.findByTestId('figure-received');

    await user.click(screen.getByRole('button', { name: 'Unduh CSV: Angka utama' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0].name).toBe('statistik-ringkasan-2026-11-01_2026-11-30.csv');
    expect((await files[0].blob.text()).split(/\r?\n/)[0]).toBe('period,from,to,metric,value');
    const csv = requests.find((r) => r.headers.get('Accept') === 'text/csv');
    expect(new URL(csv!.url).pathname).toBe('/api/v1/stats/summary');
    expect(csv!.headers.get('Authorization')).toBe('Bearer admin1');
  });

  it('tells officers whose data they see and offers only their agency and its units', async () => {
    seedTwoPeriods();
    seedStatsReport({ status: 'IN_PROGRESS', agencyId: seedIds.pkmOebobo, categoryId: seedIds.catKesehatan });
    loginAs('Petugas Satu', 'petugas1', ['officer']);
    const { user, router } = renderApp(`/statistik${NOVEMBER}`);

    expect(await screen.findByText('Anda melihat data instansi Anda: Dinas Kesehatan, termasuk sub-unitnya.')).toHaveAttribute('data-testid', 'stats-scope');
    // The API counts the officer's agency only: the report of Dinas PUPR is left out.
    expect(within(await screen.findByTestId('figure-received')).getByRole('link')).toHaveTextContent(/^2/);
    const agency = screen.getByLabelText('Instansi');
    const options = () => within(agency).getAllByRole('option').map((o) => o.textContent?.trim());
    await waitFor(() => expect(options()).toEqual(['Semua instansi', 'Dinas Kesehatan', 'Puskesmas Oebobo']));

    // Narrowing to a unit keeps the officer's agency and its choices.
    await user.selectOptions(agency, seedIds.pkmOebobo);
    expect(new URLSearchParams(router.state.location.search).get('agencyId')).toBe(seedIds.pkmOebobo);
    await waitFor(() => expect(within(screen.getByTestId('figure-received')).getByRole('link')).toHaveTextContent(/^1/));
    expect(screen.getByTestId('stats-scope')).toHaveTextContent('Dinas Kesehatan');
    expect(options()).toEqual(['Semua instansi', 'Dinas Kesehatan', 'Puskesmas Oebobo']);
    expect(agency).toHaveValue(seedIds.pkmOebobo);
  });

  it('names an officer’s agency as the summary does, even when none of its units handled a report', async () => {
    statsDb.reports = [];
    loginAs('Petugas Satu', 'petugas1', ['officer']);
    const requests = recordRequests();
    renderApp(`/statistik${NOVEMBER}`);

    expect(await screen.findByTestId('stats-empty')).toBeInTheDocument();
    expect(screen.getByTestId('stats-scope')).toHaveTextContent('Anda melihat data instansi Anda: Dinas Kesehatan, termasuk sub-unitnya.');
    await waitFor(() => expect(within(screen.getByLabelText('Instansi')).getAllByRole('option')).toHaveLength(3));
    // One summary request serves the figures and the officer's agency.
    expect(requests.filter((r) => new URL(r.url).pathname === '/api/v1/stats/summary')).toHaveLength(1);
  });

  it('offers admins every agency and names none', async () => {
    seedTwoPeriods();
    loginAs('Admin Satu', 'admin1', ['admin']);
    renderApp(`/statistik${NOVEMBER}`);

    await screen.findByTestId('figure-received');
    await waitFor(() => expect(within(screen.getByLabelText('Instansi')).getByRole('option', { name: /Dinas Pekerjaan Umum/ })).toBeInTheDocument());
    expect(screen.queryByTestId('stats-scope')).not.toBeInTheDocument();
  });

  it('keeps citizens and guests out', async () => {
    loginAs();
    const citizen = renderApp('/statistik');
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Statistik' })).not.toBeInTheDocument();
    citizen.unmount();

    loginAs('Admin Satu', 'admin1', ['admin']);
    const admin = renderApp('/');
    expect(await screen.findByRole('link', { name: 'Statistik' })).toHaveAttribute('href', '/statistik');
    admin.unmount();
  });
});
