import { hasAnyRole } from '@/auth/roles';
import { useAuth } from '@/auth/use-auth';
import { Loading } from '@/components/ui/loading';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import { MyDataPanel } from '@/features/my-data/components/my-data-panel';
import { MyReportList } from '@/features/report/components/my-report-list';

export default function MyReportsRoute() {
  const { t } = useI18n();
  const { state, login } = useAuth();

  return (
    <div className="page">
      <h1>{t('mine.title')}</h1>
      {state.status === 'authenticated' && (
        <>
          <MyReportList />
          {/* The API keeps this for citizens' own data; an official's account is the city's. */}
          {hasAnyRole(state, ['citizen']) && <MyDataPanel />}
        </>
      )}
      {state.status === 'loading' && <Loading label={t('auth.checking')} />}
      {state.status === 'unavailable' && <p>{t('mine.loginRequired')}</p>}
      {state.status === 'anonymous' && (
        <div className="empty" data-testid="login-required">
          <p>{t('mine.loginRequired')}</p>
          <button type="button" className="button" onClick={() => login(paths.myReports.getHref())}>
            {t('auth.login')}
          </button>
        </div>
      )}
    </div>
  );
}
