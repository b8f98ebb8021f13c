import { Link, NavLink, Outlet, useNavigation } from 'react-router';
import { hasAnyRole } from '@/auth/roles';
import { useAuth } from '@/auth/use-auth';
import { Alert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { ForgetDevice } from '@/features/offline/components/forget-device';
import { OfflineBanner } from '@/features/offline/components/offline-banner';
import { OutboxPanel } from '@/features/offline/components/outbox-panel';
import '@/features/report/report.css';
import { useI18n } from '@/i18n/use-i18n';
import { AuthMenu } from '@/components/layouts/auth-menu';
import { LanguageSwitch } from '@/components/layouts/language-switch';

/** Header with navigation, language and login; every page renders inside it. */
export function AppLayout() {
  const { t } = useI18n();
  const { state } = useAuth();
  const navigation = useNavigation();
  const official = hasAnyRole(state, ['officer', 'admin', 'supervisor']);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="header">
        <div className="container header__top">
          <Link to={paths.home.getHref()} className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          <div className="header__tools">
            <LanguageSwitch />
            <AuthMenu />
          </div>
        </div>
        <nav aria-label={t('nav.label')} className="container nav">
          <NavLink to={paths.newReport.getHref()}>{t('nav.newReport')}</NavLink>
          <NavLink to={paths.publicReports.getHref()}>{t('nav.public')}</NavLink>
          <NavLink to={paths.publicStats.getHref()}>{t('nav.publicStats')}</NavLink>
          <NavLink to={paths.track.getHref()}>{t('nav.track')}</NavLink>
          {!official && <NavLink to={paths.myReports.getHref()}>{t('nav.myReports')}</NavLink>}
          {official && <NavLink to={paths.inbox.getHref()}>{t('nav.inbox')}</NavLink>}
          {hasAnyRole(state, ['officer', 'admin']) && (
            <NavLink to={paths.assistedReport.getHref()}>{t('nav.assisted')}</NavLink>
          )}
          {official && <NavLink to={paths.stats.getHref()}>{t('nav.stats')}</NavLink>}
          {hasAnyRole(state, ['admin', 'supervisor']) && (
            <NavLink to={paths.adminAgencies.getHref()}>{t('admin.nav')}</NavLink>
          )}
        </nav>
        {navigation.state === 'loading' && <div className="progress" aria-hidden="true" />}
      </header>
      {state.status === 'unavailable' && (
        <div className="container">
          <Alert tone="info">{t('auth.unavailable')}</Alert>
        </div>
      )}
      <div className="container">
        <OfflineBanner />
        <OutboxPanel />
      </div>
      <main id="main" className="container" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer container">
        <p>{t('app.footer')}</p>
        {/* A shared phone: what a guest left on it can be forgotten from any page. */}
        {state.status !== 'authenticated' && <ForgetDevice />}
      </footer>
    </>
  );
}

export function AppLoading() {
  const { t } = useI18n();
  return <p className="container loading">{t('common.loading')}</p>;
}
