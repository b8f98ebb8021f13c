import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '@/auth/use-auth';
import { Alert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { useOutbox } from '@/features/offline/hooks/use-outbox';
import type { QueuedReport } from '@/features/offline/stores/outbox-store';
import { useI18n } from '@/i18n/use-i18n';
import { ReportForm, type SubmittedReport } from '@/features/report/components/report-form';
import { ReportReceipt } from '@/features/report/components/report-receipt';

export default function NewReportRoute() {
  const { t } = useI18n();
  const { state } = useAuth();
  const [result, setResult] = useState<SubmittedReport | null>(null);
  const asGuest = state.status !== 'authenticated';

  if (result?.kind === 'sent') {
    return (
      <div className="page">
        <ReportReceipt receipt={result.receipt} failedUploads={result.failedUploads} onAnother={() => setResult(null)} />
      </div>
    );
  }
  if (result?.kind === 'queued') {
    return <QueuedNotice item={result.item} onAnother={() => setResult(null)} />;
  }

  return (
    <div className="page">
      <h1>{t('form.title')}</h1>
      <p className="lead">
        {state.status === 'authenticated' ? t('form.asCitizen', { name: state.user.name }) : t('form.asGuest')}
      </p>
      <ReportForm asGuest={asGuest} onSubmitted={setResult} />
    </div>
  );
}

/** A report kept on the device: says so until the outbox has sent it, then points to its receipt above. */
function QueuedNotice({ item, onAnother }: { item: QueuedReport; onAnother: () => void }) {
  const { t } = useI18n();
  const outbox = useOutbox();
  const sent = outbox.sent.some((entry) => entry.key === item.key);
  return (
    <div className="page" data-testid="report-queued">
      <h1>{sent ? t('queued.sentTitle') : t('queued.title')}</h1>
      <Alert tone={sent ? 'success' : 'info'}>
        <p>{sent ? t('queued.sentBody') : t('queued.body')}</p>
      </Alert>
      <div className="actions">
        <Link className="button button--secondary" to={paths.home.getHref()}>
          {t('notFound.home')}
        </Link>
        <button type="button" className="button" onClick={onAnother}>
          {t('receipt.another')}
        </button>
      </div>
    </div>
  );
}
