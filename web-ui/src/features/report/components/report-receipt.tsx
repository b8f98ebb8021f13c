import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { components } from '@/api/schema';
import { Alert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import { accessLink } from '../utils/access-link';
import { ReportStatusBadge } from './report-status';

type Receipt = components['schemas']['ReportReceipt'];
type ReportReceiptProps = { receipt: Receipt; failedUploads?: number; onAnother: () => void };

/** What the reporter must keep: the tracking code and, for guests, the one-time PIN and the link. */
export function ReportReceipt({ receipt, failedUploads = 0, onAnother }: ReportReceiptProps) {
  const { t, formatDate } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="receipt" aria-labelledby="receipt-title">
      <h1 id="receipt-title" ref={headingRef} tabIndex={-1}>
        {t('receipt.title')}
      </h1>
      <p>{t('receipt.thanks')}</p>
      {failedUploads > 0 && (
        <Alert tone="warning" testId="upload-failed">
          <p>{t('receipt.uploadFailed', { count: failedUploads })}</p>
        </Alert>
      )}

      <div className="receipt__code">
        <p className="receipt__label" id="tracking-code-label">
          {t('receipt.code')}
        </p>
        <p className="code" data-testid="tracking-code" aria-labelledby="tracking-code-label">
          {receipt.trackingCode}
        </p>
        <p className="field__hint">{t('receipt.code.hint')}</p>
      </div>

      {receipt.pin && (
        <div className="receipt__code receipt__code--pin">
          <p className="receipt__label" id="pin-label">
            {t('receipt.pin')}
          </p>
          <p className="code" data-testid="guest-pin" aria-labelledby="pin-label">
            {receipt.pin}
          </p>
          <Alert tone="warning">
            <p>{t('receipt.pin.warning')}</p>
          </Alert>
        </div>
      )}

      {receipt.accessKey && (
        <div className="receipt__code">
          <p className="receipt__label" id="access-link-label">
            {t('receipt.accessLink')}
          </p>
          <p className="code code--wrap" data-testid="access-link" aria-labelledby="access-link-label">
            {accessLink(receipt.trackingCode, receipt.accessKey)}
          </p>
          <p className="field__hint">{t('receipt.accessLink.hint')}</p>
        </div>
      )}

      <dl className="details">
        <dt>{t('report.status')}</dt>
        <dd>
          <ReportStatusBadge status={receipt.status} />
        </dd>
        <dt>{t('report.type')}</dt>
        <dd>{t(`type.${receipt.type}`)}</dd>
        <dt>{t('form.reportTitle')}</dt>
        <dd>{receipt.title}</dd>
        <dt>{t('report.createdAt')}</dt>
        <dd>{formatDate(receipt.createdAt)}</dd>
      </dl>

      <div className="actions">
        <Link className="button" to={paths.report.getHref(receipt.id)}>
          {t('receipt.open')}
        </Link>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('receipt.another')}
        </button>
      </div>
    </section>
  );
}
