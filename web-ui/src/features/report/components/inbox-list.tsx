import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import { useInbox, type InboxFilters } from '../api/inbox';
import { DeadlineBadge } from './deadline-badge';
import { ReportStatusBadge } from './report-status';

/** The queue, most urgent first (the API's order), with each step's countdown in working days. */
export function InboxList({ filters, agencyName }: { filters: InboxFilters; agencyName: (id: string) => string | undefined }) {
  const { t, formatDate } = useI18n();
  const inbox = useInbox(filters);
  if (inbox.isPending) return <Loading label={t('common.loading')} />;
  if (inbox.isError) {
    return (
      <Alert tone="error" title={t('inbox.error')}>
        <button type="button" className="button button--small" onClick={() => void inbox.refetch()}>
          {t('common.retry')}
        </button>
      </Alert>
    );
  }
  const items = inbox.data.pages.flatMap((p) => p.items);
  if (items.length === 0) {
    return (
      <p className="empty" data-testid="inbox-empty">
        {t('inbox.empty')}
      </p>
    );
  }
  return (
    <>
      <ul className="report-list" data-testid="inbox-list">
        {items.map((item) => (
          <li key={item.id} className={item.overdue ? 'report-list__item report-list__item--late' : 'report-list__item'}>
            <p className="report-list__meta">
              <DeadlineBadge workingDaysLeft={item.workingDaysLeft} overdue={item.overdue} />{' '}
              <ReportStatusBadge status={item.status} />
              {item.reopened && <span className="badge badge--none">{t('report.reopened')}</span>}
              {item.escalationLevel > 0 && (
                <span className="badge badge--late">{t('report.escalated', { level: item.escalationLevel })}</span>
              )}
            </p>
            <Link to={paths.report.getHref(item.id)} className="report-list__title">
              {item.title}
            </Link>
            <p className="muted">
              <span className="mono">{item.trackingCode}</span> · {t(`type.${item.type}`)} · {formatDate(item.createdAt)}
              {item.currentAgencyId && agencyName(item.currentAgencyId) && ` · ${agencyName(item.currentAgencyId)}`}
              {item.dueAt && ` · ${t('inbox.dueAt', { date: formatDate(item.dueAt) })}`}
            </p>
          </li>
        ))}
      </ul>
      {inbox.hasNextPage && (
        <button type="button" className="button button--secondary" onClick={() => void inbox.fetchNextPage()} disabled={inbox.isFetchingNextPage}>
          {inbox.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
        </button>
      )}
    </>
  );
}
