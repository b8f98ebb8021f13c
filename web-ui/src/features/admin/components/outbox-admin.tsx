import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '@/api/errors';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import type { MessageKey } from '@/i18n/translate';
import { outboxKinds, outboxStatuses, useOutbox, useRedeliver, type OutboxItem, type OutboxKind, type OutboxStatus } from '../api/outbox';
import { webhookEventTypes } from '../api/webhooks';
import '../webhooks.css';
import { AdminPage } from './admin-page';
import { LoadFailed } from './load-failed';
import { LoadMore } from './load-more';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((each) => each === value);

/** The status tab and kind filter live in the address (`?status=SENT&kind=SMS`), so a view can be shared. */
function useOutboxParams() {
  const [params, setParams] = useSearchParams();
  const status = oneOf(outboxStatuses, params.get('status')) ?? 'DEAD';
  const kind = oneOf(outboxKinds, params.get('kind'));
  const set = (name: 'status' | 'kind', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return { status, kind, set };
}

type Result = { tone: 'success' | 'error'; text: string; id: number };

/** Every notice and webhook delivery that leaves, by status; an admin sends a dead one again. */
export function OutboxAdmin() {
  const { t } = useI18n();
  const { status, kind, set } = useOutboxParams();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const [result, setResult] = useState<Result | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  // The button pressed may leave the table (a redelivered message is no longer dead): the answer takes the focus.
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const select = (next: OutboxStatus) => {
    setResult(null);
    set('status', next);
  };
  // Arrow keys, Home and End move between the tabs (WAI-ARIA tabs pattern, selection follows focus).
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = outboxStatuses.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[
      event.key
    ];
    if (target === undefined) return;
    event.preventDefault();
    select(outboxStatuses[target]);
    tabs.current[target]?.focus();
  };

  return (
    <AdminPage title={t('outbox.title')} intro={t('outbox.intro')} readOnly={false}>
      <div className="admin-toolbar">
        <Field id="outbox-kind" label={t('outbox.kind')}>
          {(control) => (
            <select {...control} value={kind ?? ''} onChange={(e) => set('kind', e.target.value)}>
              <option value="">{t('outbox.kind.all')}</option>
              {outboxKinds.map((each) => (
                <option key={each} value={each}>
                  {t(`outbox.kind.${each}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div role="tablist" aria-label={t('outbox.status')} className="outbox-tabs">
        {outboxStatuses.map((each, index) => (
          <button
            key={each}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`outbox-tab-${each}`}
            aria-selected={each === status}
            aria-controls="outbox-panel"
            tabIndex={each === status ? 0 : -1}
            onClick={() => select(each)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {t(`outbox.status.${each}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="outbox-panel" aria-labelledby={`outbox-tab-${status}`} className="outbox-panel" tabIndex={0}>
        {result && (
          <Alert tone={result.tone} testId="outbox-result" key={result.id} ref={resultRef}>
            <p>{result.text}</p>
          </Alert>
        )}
        <OutboxTable status={status} kind={kind} onResult={(tone, text) => setResult({ tone, text, id: Date.now() })} />
      </div>
    </AdminPage>
  );
}

type OutboxTableProps = {
  status: OutboxStatus;
  kind?: OutboxKind;
  onResult: (tone: Result['tone'], text: string) => void;
};

const knownEvents: readonly string[] = webhookEventTypes;

function OutboxTable({ status, kind, onResult }: OutboxTableProps) {
  const { t, formatDate } = useI18n();
  const query = useOutbox(status, kind);
  const redeliver = useRedeliver();

  if (query.isPending) return <Loading label={t('outbox.loading')} />;
  if (query.isError) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <p className="empty" data-testid="outbox-empty">
        {t(`outbox.empty.${status}`)}
      </p>
    );
  }

  const eventLabel = (type: string) =>
    knownEvents.includes(type) ? t(`webhook.event.${type}` as MessageKey) : type;
  const timeCell = (iso?: string | null) => (iso ? <time dateTime={iso}>{formatDate(iso)}</time> : '—');

  const send = (item: OutboxItem) =>
    redeliver.mutate(item.id, {
      onSuccess: () => onResult('success', t('outbox.redelivered', { destination: item.destination })),
      onError: (error) => {
        if (isApiError(error, 409)) {
          onResult('error', t('outbox.redeliverConflict'));
          void query.refetch();
        } else if (isApiError(error, 404)) {
          onResult('error', t('outbox.redeliverGone'));
          void query.refetch();
        } else {
          onResult('error', t('outbox.redeliverFailed'));
        }
      },
    });

  return (
    <>
      <div className="admin-table-wrap">
        <table className="admin-table" data-testid="outbox-table">
          <caption>{t('outbox.caption', { status: t(`outbox.status.${status}`) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('outbox.kind')}</th>
              <th scope="col">{t('outbox.destination')}</th>
              <th scope="col">{t('outbox.event')}</th>
              <th scope="col">{t('outbox.attempts')}</th>
              <th scope="col">{t('outbox.lastError')}</th>
              <th scope="col">{t('outbox.createdAt')}</th>
              <th scope="col">{status === 'SENT' ? t('outbox.sentAt') : t('outbox.nextAttemptAt')}</th>
              <th scope="col">{t('outbox.report')}</th>
              {status === 'DEAD' && <th scope="col">{t('outbox.action')}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-testid={`outbox-row-${item.id}`}>
                <td>{t(`outbox.kind.${item.kind}`)}</td>
                <td className="outbox__destination mono">{item.destination}</td>
                <td>{eventLabel(item.eventType)}</td>
                <td className="admin-table__number">{item.attempts}</td>
                <td className="outbox__error">{item.lastError ?? '—'}</td>
                <td>{timeCell(item.createdAt)}</td>
                <td>{timeCell(status === 'SENT' ? item.sentAt : item.nextAttemptAt)}</td>
                <td>
                  {item.reportId ? (
                    <Link to={paths.report.getHref(item.reportId)} aria-label={t('outbox.openReportFor', { destination: item.destination })}>
                      {t('outbox.openReport')}
                    </Link>
                  ) : (
                    '—'
                  )}
                </td>
                {status === 'DEAD' && (
                  <td>
                    {item.status === 'DEAD' && (
                      <button
                        type="button"
                        className="button button--small"
                        disabled={redeliver.isPending && redeliver.variables === item.id}
                        aria-label={t('outbox.redeliverItem', { destination: item.destination, event: eventLabel(item.eventType) })}
                        onClick={() => send(item)}
                      >
                        {t('outbox.redeliver')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LoadMore query={query} />
    </>
  );
}
