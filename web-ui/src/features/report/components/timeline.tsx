import { useMemo } from 'react';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { useI18n } from '@/i18n/use-i18n';
import { useReportEvents, useReportMessages, type Message, type ReportEvent } from '../api/get-report';
import { ReportStatusBadge } from './report-status';

type Entry = { at: string; key: string; event?: ReportEvent; message?: Message };

/** Event details worth showing as text (the rest is in the event's name); `reason` is shown on its own below. */
const TEXT_DETAILS = ['message', 'note', 'resolution', 'comment'] as const;

/**
 * Everything that happened to the report, oldest first: decisions from the event log, and the
 * messages in full where the log only says one was posted. Internal notes are marked as such.
 */
export function Timeline({ reportId, agencyName }: { reportId: string; agencyName?: (id: string) => string | undefined }) {
  const { t, formatDate } = useI18n();
  const events = useReportEvents(reportId);
  const messages = useReportMessages(reportId);

  const entries = useMemo(() => {
    const byId = new Map((messages.data?.pages.flatMap((p) => p.items) ?? []).map((m) => [m.id, m]));
    const list: Entry[] = [];
    const shown = new Set<string>();
    for (const event of events.data?.pages.flatMap((p) => p.items) ?? []) {
      const messageId = typeof event.details.messageId === 'string' ? event.details.messageId : undefined;
      const message = messageId ? byId.get(messageId) : undefined;
      if (event.type === 'MESSAGE_POSTED' && messageId) {
        // Citizens do not see internal notes: their event carries no message to show.
        if (!message) continue;
        shown.add(messageId);
        list.push({ at: message.createdAt, key: `m-${message.id}`, message });
      } else {
        list.push({ at: event.at, key: `e-${event.seq}`, event });
      }
    }
    for (const message of byId.values()) {
      if (!shown.has(message.id)) list.push({ at: message.createdAt, key: `m-${message.id}`, message });
    }
    return list.sort((a, b) => a.at.localeCompare(b.at));
  }, [events.data, messages.data]);

  if (events.isPending || messages.isPending) return <Loading label={t('common.loading')} />;
  if (events.isError) {
    return (
      <Alert tone="error" title={t('timeline.error')}>
        <button type="button" className="button button--small" onClick={() => void events.refetch()}>
          {t('common.retry')}
        </button>
      </Alert>
    );
  }

  const actor = (role: string, name?: string) => (name ? `${name} (${t(`role.${role as 'citizen'}`)})` : t(`role.${role as 'citizen'}`));

  return (
    <ol className="timeline" data-testid="timeline">
      {entries.map(({ key, event, message }) => (
        <li key={key} className={message?.internal ? 'timeline__item timeline__item--internal' : 'timeline__item'}>
          {message ? (
            <>
              <p className="timeline__what">
                <strong>{message.internal ? t('timeline.internalNote') : t('timeline.message')}</strong>{' '}
                <span className="muted">· {actor(message.authorRole, message.authorName)}</span>
              </p>
              <p className="timeline__text">{message.body}</p>
              <p className="timeline__when">
                <time dateTime={message.createdAt}>{formatDate(message.createdAt)}</time>
              </p>
            </>
          ) : (
            event && (
              <>
                <p className="timeline__what">
                  <strong>{t(`event.${event.type}`)}</strong>
                  {event.toStatus && event.toStatus !== event.fromStatus && (
                    <>
                      {' '}
                      <ReportStatusBadge status={event.toStatus} />
                    </>
                  )}{' '}
                  <span className="muted">· {actor(event.actorRole, event.actorName)}</span>
                </p>
                {typeof event.details.agencyId === 'string' && agencyName?.(event.details.agencyId) && (
                  <p className="timeline__text">{t('timeline.agency', { name: agencyName(event.details.agencyId)! })}</p>
                )}
                {typeof event.details.rating === 'number' && (
                  <p className="timeline__text">{t('timeline.rating', { rating: event.details.rating })}</p>
                )}
                {TEXT_DETAILS.map((field) =>
                  typeof event.details[field] === 'string' ? (
                    <p key={field} className="timeline__text">
                      {event.details[field] as string}
                    </p>
                  ) : null,
                )}
                {typeof event.details.reason === 'string' && (
                  <p className="timeline__text">
                    {event.type === 'ARCHIVED' ? t(`archive.${event.details.reason as 'SPAM'}`) : event.details.reason}
                  </p>
                )}
                <p className="timeline__when">
                  <time dateTime={event.at}>{formatDate(event.at)}</time>
                </p>
              </>
            )
          )}
        </li>
      ))}
      {(events.hasNextPage || messages.hasNextPage) && (
        <li>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              if (events.hasNextPage) void events.fetchNextPage();
              if (messages.hasNextPage) void messages.fetchNextPage();
            }}
          >
            {t('common.loadMore')}
          </button>
        </li>
      )}
    </ol>
  );
}
