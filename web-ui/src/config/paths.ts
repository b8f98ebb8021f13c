/** Every route of the app in one place, so links and the router cannot disagree. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  newReport: { path: '/laporan/baru', getHref: () => '/laporan/baru' },
  report: { path: '/laporan/:id', getHref: (id: string) => `/laporan/${encodeURIComponent(id)}` },
  publicReports: { path: '/laporan-publik', getHref: () => '/laporan-publik' },
  /** The shareable page of one public report, by tracking code (or id); crawlers get its link preview (ADR 0028). */
  publicReport: {
    path: '/laporan-publik/:code',
    getHref: (code: string) => `/laporan-publik/${encodeURIComponent(code)}`,
  },
  track: { path: '/lacak', getHref: () => '/lacak' },
  trackCode: {
    path: '/lacak/:trackingCode',
    getHref: (trackingCode: string) => `/lacak/${encodeURIComponent(trackingCode)}`,
  },
  myReports: { path: '/laporan-saya', getHref: () => '/laporan-saya' },
  inbox: { path: '/kotak-masuk', getHref: () => '/kotak-masuk' },
  /** An official enters a complaint received at the counter, by phone or on social media. */
  assistedReport: { path: '/petugas/laporan-baru', getHref: () => '/petugas/laporan-baru' },
  adminAgencies: { path: '/admin/instansi', getHref: () => '/admin/instansi' },
  adminCategories: { path: '/admin/kategori', getHref: () => '/admin/kategori' },
  adminOfficers: { path: '/admin/petugas', getHref: () => '/admin/petugas' },
  adminHolidays: { path: '/admin/hari-libur', getHref: () => '/admin/hari-libur' },
  adminWebhooks: { path: '/admin/webhook', getHref: () => '/admin/webhook' },
  adminOutbox: { path: '/admin/pesan-keluar', getHref: () => '/admin/pesan-keluar' },
  adminApiClients: { path: '/admin/kunci-api', getHref: () => '/admin/kunci-api' },
  /** Dashboards keep their filters in the query string, so a view can be bookmarked and shared. */
  stats: { path: '/statistik', getHref: (search = '') => `/statistik${search}` },
  statsReports: { path: '/statistik/laporan', getHref: (search = '') => `/statistik/laporan${search}` },
  publicStats: { path: '/statistik-publik', getHref: (search = '') => `/statistik-publik${search}` },
} as const;
