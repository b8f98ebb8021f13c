import { Link } from 'react-router';
import { useAuth } from '@/auth/use-auth';
import type { AuthState } from '@/auth/keycloak';
import { Alert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import type { MessageKey } from '@/i18n/translate';
import { useOnline } from '../hooks/use-online';
import { useOutbox } from '../hooks/use-outbox';
import type { FailedReport, QueuedReport } from '../stores/outbox-store';

/** Why a queued report is not sent by this session, if it is not: reports go out as the caller who wrote them. */
function waitingFor(item: QueuedReport, auth: AuthState): MessageKey | undefined {
  if (auth.status === 'loading') return undefined;
  const user = auth.status === 'authenticated' ? (auth.user.username ?? auth.user.name) : undefined;
  if (item.user === user) return undefined;
  if (!item.user) return 'offline.outbox.queued.asGuest';
  return user ? 'offline.outbox.queued.otherUser' : 'offline.outbox.queued.needsLogin';
}

function failureReason(item: FailedReport): string | undefined {
  return item.problem?.detail ?? item.problem?.title;
}

/**
 * Reports kept on this device: waiting for the connection, sent while the form was closed (with the tracking
 * code and a guest's one-time PIN, until dismissed), and refused by the API. Renders nothing when empty.
 */
export function OutboxPanel() {
  const { t, formatDate } = useI18n();
  const { state: auth } = useAuth();
  const online = useOnline();
  const { queued, sent, failed, flushing, flush, dismiss } = useOutbox();
  if (queued.length + sent.length + failed.length === 0) return null;

  return (
    <section className="outbox" aria-labelledby="outbox-title">
      <h2 id="outbox-title">{t('offline.outbox.title')}</h2>

      {queued.length > 0 && (
        <div className="outbox__group">
          <h3>{t('offline.outbox.queued', { count: queued.length })}</h3>
          <ul className="outbox__list">
            {queued.map((item) => {
              const reason = waitingFor(item, auth);
              return (
                <li key={item.key} className="outbox__item" data-testid="outbox-queued">
                  <p className="outbox__title">{item.body.title}</p>
                  <p className="outbox__meta">
                    <span className="badge badge--on-hold">{t('offline.outbox.queued.status')}</span>{' '}
                    {t('offline.outbox.queued.savedAt', { date: formatDate(item.queuedAt) })}
                  </p>
                  {reason && <p className="field__hint">{t(reason)}</p>}
                </li>
              );
            })}
          </ul>
          <p className="field__hint">{t('offline.attachments')}</p>
          <button
            type="button"
            className="button button--small"
            onClick={() => void flush()}
            disabled={!online || flushing}
            aria-busy={flushing}
          >
            {flushing ? t('offline.outbox.sending') : t('offline.outbox.sendNow')}
          </button>
        </div>
      )}

      {sent.length > 0 && (
        <div className="outbox__group">
          <h3>{t('offline.outbox.sent', { count: sent.length })}</h3>
          <ul className="outbox__list">
            {sent.map(({ key, receipt, sentAt }) => (
              <li key={key} className="outbox__item outbox__item--sent" data-testid="outbox-sent">
                <p className="outbox__title">{receipt.title}</p>
                <p className="outbox__meta">{t('offline.outbox.sent.sentAt', { date: formatDate(sentAt) })}</p>
                <dl className="details details--compact">
                  <dt>{t('report.trackingCode')}</dt>
                  <dd className="mono" data-testid="outbox-tracking-code">
                    {receipt.trackingCode}
                  </dd>
                  {receipt.pin && (
                    <>
                      <dt>{t('offline.outbox.pin')}</dt>
                      <dd className="mono" data-testid="outbox-pin">
                        {receipt.pin}
                      </dd>
                    </>
                  )}
                </dl>
                {receipt.pin && (
                  <Alert tone="warning">
                    <p>{t('offline.outbox.pin.warning')}</p>
                  </Alert>
                )}
                <div className="actions">
                  <Link className="button button--small" to={paths.trackCode.getHref(receipt.trackingCode)}>
                    {t('offline.outbox.sent.track')}
                  </Link>
                  <button type="button" className="button button--small button--secondary" onClick={() => dismiss(key)}>
                    {t('offline.outbox.dismissSent')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}

      {failed.length > 0 && (
        <div className="outbox__group">
          <h3>{t('offline.outbox.failed', { count: failed.length })}</h3>
          <ul className="outbox__list">
            {failed.map((item) => (
              <li key={item.key} className="outbox__item outbox__item--failed" data-testid="outbox-failed">
                <p className="outbox__title">{item.body.title}</p>
                <p>
                  {t('offline.outbox.failed.reason', {
                    reason: failureReason(item) ?? t('offline.outbox.failed.status', { status: item.status }),
                  })}
                </p>
                {(item.problem?.violations?.length ?? 0) > 0 && (
                  <ul>
                    {item.problem?.violations?.map((v) => (
                      <li key={`${v.field}:${v.message}`}>
                        {v.field}: {v.message}
                      </li>
                    ))}
                  </ul>
                )}
                <p className="field__hint">{t('offline.outbox.failed.hint')}</p>
                <details>
                  <summary>{t('offline.outbox.failed.showText')}</summary>
                  <p className="outbox__body">{item.body.description}</p>
                </details>
                <div className="actions">
                  <button type="button" className="button button--small button--secondary" onClick={() => dismiss(item.key)}>
                    {t('offline.outbox.discard')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
