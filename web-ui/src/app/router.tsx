import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout, AppLoading } from '@/app/app-layout';
import { RouteError } from '@/components/errors/route-error';
import { paths } from '@/config/paths';

type RouteModule = { default: ComponentType };
const lazyRoute = (load: () => Promise<RouteModule>) => async () => ({ Component: (await load()).default });

/** Every page is its own chunk: a phone on a slow network downloads only the page it opens. */
export const routes: RouteObject[] = [
  {
    path: paths.home.path,
    Component: AppLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: AppLoading,
    children: [
      { index: true, lazy: lazyRoute(() => import('./routes/landing')) },
      { path: paths.newReport.path, lazy: lazyRoute(() => import('./routes/reports/new-report')) },
      { path: paths.report.path, lazy: lazyRoute(() => import('./routes/reports/report-detail')) },
      { path: paths.publicReports.path, lazy: lazyRoute(() => import('./routes/reports/public-reports')) },
      { path: paths.publicReport.path, lazy: lazyRoute(() => import('./routes/reports/public-report')) },
      { path: paths.inbox.path, lazy: lazyRoute(() => import('./routes/officials/inbox')) },
      { path: paths.assistedReport.path, lazy: lazyRoute(() => import('./routes/officials/assisted-report')) },
      { path: paths.track.path, lazy: lazyRoute(() => import('./routes/reports/track-report')) },
      { path: paths.trackCode.path, lazy: lazyRoute(() => import('./routes/reports/track-report')) },
      { path: paths.myReports.path, lazy: lazyRoute(() => import('./routes/reports/my-reports')) },
      { path: paths.adminAgencies.path, lazy: lazyRoute(() => import('./routes/admin/agencies')) },
      { path: paths.adminCategories.path, lazy: lazyRoute(() => import('./routes/admin/categories')) },
      { path: paths.adminOfficers.path, lazy: lazyRoute(() => import('./routes/admin/officers')) },
      { path: paths.adminHolidays.path, lazy: lazyRoute(() => import('./routes/admin/holidays')) },
      { path: paths.adminWebhooks.path, lazy: lazyRoute(() => import('./routes/admin/webhooks')) },
      { path: paths.adminOutbox.path, lazy: lazyRoute(() => import('./routes/admin/outbox')) },
      { path: paths.adminApiClients.path, lazy: lazyRoute(() => import('./routes/admin/api-clients')) },
      { path: paths.stats.path, lazy: lazyRoute(() => import('./routes/stats/dashboard')) },
      { path: paths.statsReports.path, lazy: lazyRoute(() => import('./routes/stats/stats-reports')) },
      { path: paths.publicStats.path, lazy: lazyRoute(() => import('./routes/stats/public-stats')) },
      { path: '*', lazy: lazyRoute(() => import('./routes/not-found')) },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
