import { useParams } from 'react-router';
import { isApiError } from '@/api/errors';
import { reportPins } from '@/api/report-pins';
import { hasAnyRole } from '@/auth/roles';
import { useAuth } from '@/auth/use-auth';
import { Forbidden } from '@/components/errors/forbidden';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { useAllAgencies } from '@/features/agency/api/get-agencies';
import { EraseContactPanel } from '@/features/my-data/components/erase-contact-panel';
import { useReport } from '@/features/report/api/get-report';
import {
  AdminActions,
  MessageForm,
  OfficerActions,
  ReporterActions,
} from '@/features/report/components/report-actions-panel';
import { ModerationForm } from '@/features/report/components/moderation-form';
import { ReportAttachments } from '@/features/report/components/report-attachments';
import { ReportView } from '@/features/report/components/report-view';
import { Timeline } from '@/features/report/components/timeline';
import { useI18n } from '@/i18n/use-i18n';
import NotFoundRoute from '../not-found';

const CLOSED = ['CLOSED', 'ARCHIVED'];

/** One report for whoever may read it: the reporter, the agency's officers, admins, supervisors. */
export default function ReportDetailRoute() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { state } = useAuth();
  const report = useReport(id);
  const official = hasAnyRole(state, ['officer', 'admin', 'supervisor']);
  const agencies = useAllAgencies({ enabled: official });

  if (report.isPending) return <Loading label={t('common.loading')} />;
  if (report.isError) {
    if (isApiError(report.error, 404) || isApiError(report.error, 400)) return <NotFoundRoute />;
    if (isApiError(report.error, 403)) return <Forbidden />;
    return (
      <div className="page">
        <Alert tone="error" title={t('error.title')}>
          <button type="button" className="button button--small" onClick={() => void report.refetch()}>
            {t('common.retry')}
          </button>
        </Alert>
      </div>
    );
  }

  const r = report.data;
  const agencyName = (agencyId: string) => agencies.data?.find((a) => a.id === agencyId)?.name;
  const role = hasAnyRole(state, ['admin'])
    ? 'admin'
    : hasAnyRole(state, ['officer'])
      ? 'officer'
      : hasAnyRole(state, ['supervisor'])
        ? 'supervisor'
        : 'reporter';
  const open = !CLOSED.includes(r.status);
  const officerHandles = role === 'officer' && (r.status === 'FORWARDED' || r.status === 'IN_PROGRESS');
  // A guest reads the report with its PIN (the client sends it when there is no token).
  const guest = state.status !== 'authenticated' && reportPins.get(r.id) !== undefined;

  return (
    <div className="page page--wide">
      <ReportView report={r} agencyName={r.currentAgencyId ? agencyName(r.currentAgencyId) : undefined} official={official} />
      {role === 'supervisor' && (
        <Alert tone="info">
          <p>{t('report.readOnly')}</p>
        </Alert>
      )}
      {open && role === 'admin' && <AdminActions report={r} />}
      {role === 'admin' && !r.confidential && <ModerationForm key={`${r.publicTitle}|${r.publicDescription}`} report={r} />}
      {role !== 'admin' && !r.confidential && (r.publicTitle !== r.title || r.publicDescription !== r.description) && (
        <details className="card" data-testid="public-version">
          <summary>{t('moderation.publicVersion')}</summary>
          <p><strong>{r.publicTitle}</strong></p>
          <p className="report__description">{r.publicDescription}</p>
        </details>
      )}
      {officerHandles && <OfficerActions report={r} />}
      {role === 'reporter' && <ReporterActions report={r} />}
      <ReportAttachments reportId={r.id} canAdd={open && (role === 'reporter' || officerHandles)} />
      <section aria-labelledby="timeline-title" className="card">
        <h2 id="timeline-title">{t('timeline.title')}</h2>
        <Timeline reportId={r.id} agencyName={official ? agencyName : undefined} />
      </section>
      {open && role !== 'supervisor' && <MessageForm report={r} official={role !== 'reporter'} />}
      {guest && <EraseContactPanel reportId={r.id} hasContact={r.contact != null} />}
    </div>
  );
}
