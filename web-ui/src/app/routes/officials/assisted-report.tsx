import { useState } from 'react';
import { RequireRole } from '@/auth/require-role';
import type { ReportReceipt } from '@/features/report/api/create-assisted-report';
import { AssistedReceipt } from '@/features/report/components/assisted-receipt';
import { AssistedReportForm } from '@/features/report/components/assisted-report-form';
import { useI18n } from '@/i18n/use-i18n';
import type { AssistedChannel } from '@/lib/channels';

type Entered = { receipt: ReportReceipt; channel: AssistedChannel };

function AssistedReport() {
  const { t } = useI18n();
  const [entered, setEntered] = useState<Entered | null>(null);
  // A new key gives "enter another" a fresh, empty form (and a fresh idempotency key).
  const [formKey, setFormKey] = useState(0);

  if (entered) {
    return (
      <div className="page">
        <AssistedReceipt
          receipt={entered.receipt}
          channel={entered.channel}
          onAnother={() => {
            setEntered(null);
            setFormKey((n) => n + 1);
          }}
        />
      </div>
    );
  }
  return (
    <div className="page">
      <h1>{t('assisted.title')}</h1>
      <p className="lead">{t('assisted.intro')}</p>
      <AssistedReportForm
        key={formKey}
        onEntered={(receipt, values) => {
          if (values.channel) setEntered({ receipt, channel: values.channel });
        }}
      />
    </div>
  );
}

/** Officers and admins enter a complaint received at the counter, by phone or from social media. */
export default function AssistedReportRoute() {
  return (
    <RequireRole roles={['officer', 'admin']}>
      <AssistedReport />
    </RequireRole>
  );
}
