import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useAuth } from '@/auth/use-auth';
import { canManage } from '@/auth/roles';
import { Alert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import type { AssistedChannel } from '@/lib/channels';
import type { ReportReceipt } from '../api/create-assisted-report';
import '../assisted.css';

type AssistedReceiptProps = {
  receipt: ReportReceipt;
  channel: AssistedChannel;
  onAnother: () => void;
};

/**
 * What the official reads out or prints for the complainant: the tracking code and the one-time PIN,
 * with how to follow the report on the web. Printing keeps only this section.
 */
export function AssistedReceipt({ receipt, channel, onAnother }: AssistedReceiptProps) {
  const { t, formatDate } = useI18n();
  const { state } = useAuth();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const trackUrl = `${window.location.origin}${paths.trackCode.getHref(receipt.trackingCode)}`;

  return (
    <section className="receipt print-area" aria-labelledby="assisted-receipt-title" data-testid="assisted-receipt">
      <h1 id="assisted-receipt-title" ref={headingRef} tabIndex={-1}>
        {t('assisted.receipt.title')}
      </h1>
      <p className="no-print">{t('assisted.receipt.readOut')}</p>
      <p className="print-only">{t('assisted.receipt.printIntro')}</p>

      <div className="receipt__code">
        <p className="receipt__label" id="tracking-code-label">
          {t('receipt.code')}
        </p>
        <p className="code" data-testid="tracking-code">
          {receipt.trackingCode}
        </p>
      </div>

      {receipt.pin ? (
        <div className="receipt__code receipt__code--pin">
          <p className="receipt__label" id="pin-label">
            {t('receipt.pin')}
          </p>
          <p className="code" data-testid="assisted-pin">
            {receipt.pin}
          </p>
          <p>{t('assisted.receipt.pinNote')}</p>
        </div>
      ) : (
        <Alert tone="warning" testId="assisted-no-pin">
          <p>{t('assisted.receipt.noPin')}</p>
        </Alert>
      )}

      <dl className="details">
        <dt>{t('assisted.channel')}</dt>
        <dd>{t(`channel.${channel}`)}</dd>
        <dt>{t('report.type')}</dt>
        <dd>{t(`type.${receipt.type}`)}</dd>
        <dt>{t('form.reportTitle')}</dt>
        <dd>{receipt.title}</dd>
        <dt>{t('report.createdAt')}</dt>
        <dd>{formatDate(receipt.createdAt)}</dd>
        <dt>{t('assisted.receipt.trackAt')}</dt>
        <dd className="mono">{trackUrl}</dd>
      </dl>

      <div className="actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('assisted.receipt.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('assisted.receipt.another')}
        </button>
        {/* Only admins may open it now: an officer sees a report once it is forwarded to their agency. */}
        {canManage(state) && (
          <Link className="button button--secondary" to={paths.report.getHref(receipt.id)}>
            {t('receipt.open')}
          </Link>
        )}
      </div>
    </section>
  );
}
