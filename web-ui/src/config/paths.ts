/** Every route of the app in one place, so links and the router cannot disagree. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  newReport: { path: '/laporan/baru', getHref: () => '/laporan/baru' },
  track: { path: '/lacak', getHref: () => '/lacak' },
  trackCode: {
    path: '/lacak/:trackingCode',
    getHref: (trackingCode: string) => `/lacak/${encodeURIComponent(trackingCode)}`,
  },
  myReports: { path: '/laporan-saya', getHref: () => '/laporan-saya' },
} as const;
