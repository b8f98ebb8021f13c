import { Link } from 'react-router';
import { RequireRole } from '@/auth/require-role';
import { hasAnyRole } from '@/auth/roles';
import { useAuth } from '@/auth/use-auth';
import { paths } from '@/config/paths';
import { AgencyRankingBlock } from '@/features/stats/components/agency-ranking-block';
import { BacklogBlock } from '@/features/stats/components/backlog-block';
import { FilterBar } from '@/features/stats/components/filter-bar';
import { HotspotsBlock } from '@/features/stats/components/hotspots-block';
import { SeriesBlock } from '@/features/stats/components/series-block';
import { SummaryBlock } from '@/features/stats/components/summary-block';
import { useAgencyScope } from '@/features/stats/hooks/use-agency-scope';
import { useStatsParams } from '@/features/stats/hooks/use-stats-params';
import { parseInterval, parseLevel } from '@/features/stats/utils/filters';
import '@/features/stats/stats.css';
import { useI18n } from '@/i18n/use-i18n';

function Dashboard() {
  const { t } = useI18n();
  const { state } = useAuth();
  const officer = hasAnyRole(state, ['officer']) && !hasAnyRole(state, ['admin', 'supervisor']);
  const { params, filters, update } = useStatsParams();
  const { own, choices } = useAgencyScope(filters, officer);

  return (
    <div className="page page--wide stats">
      <h1>{t('stats.title')}</h1>
      <p className="lead">{t('stats.intro')}</p>
      {officer && (
        <p className="stats-scope" data-testid="stats-scope">
          {own ? t('stats.scope.officer', { agency: own.name }) : t('stats.scope.officerUnknown')}
        </p>
      )}
      <FilterBar filters={filters} agencies={choices} onChange={update} />
      <p>
        <Link to={paths.stats.getHref()}>{t('stats.filter.reset')}</Link>
      </p>
      <SummaryBlock filters={filters} />
      <SeriesBlock filters={filters} interval={parseInterval(params, filters)} onInterval={(interval) => update({ interval })} />
      <BacklogBlock filters={filters} />
      <AgencyRankingBlock filters={filters} />
      <HotspotsBlock filters={filters} level={parseLevel(params)} onLevel={(level) => update({ level })} />
    </div>
  );
}

/** /statistik: how reports are handled, for admins and supervisors (the city) and officers (their agency). */
export default function DashboardRoute() {
  return (
    <RequireRole roles={['officer', 'admin', 'supervisor']}>
      <Dashboard />
    </RequireRole>
  );
}
