import { useState } from 'react';
import { useAuth } from '@/auth/use-auth';
import { useI18n } from '@/i18n/use-i18n';
import type { ReportReceipt as Receipt } from '@/features/report/api/create-report';
import { ReportForm } from '@/features/report/components/report-form';
import { ReportReceipt } from '@/features/report/components/report-receipt';

export default function NewReportRoute() {
  const { t } = useI18n();
  const { state } = useAuth();
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const asGuest = state.status !== 'authenticated';

  if (receipt) {
    return (
      <div className="page">
        <ReportReceipt receipt={receipt} onAnother={() => setReceipt(null)} />
      </div>
    );
  }

  return (
    <div className="page">
      <h1>{t('form.title')}</h1>
      <p className="lead">
        {state.status === 'authenticated' ? t('form.asCitizen', { name: state.user.name }) : t('form.asGuest')}
      </p>
      <ReportForm asGuest={asGuest} onSuccess={setReceipt} />
    </div>
  );
}
