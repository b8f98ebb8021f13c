import { useRef, useState } from 'react';
import { useI18n } from '@/i18n/use-i18n';
import { useRevokeApiClient, type ApiClient } from '../api/api-clients';
import { failureOf } from '../hooks/use-form-feedback';
import { ConfirmRemoval } from './confirm-box';

const COLUMNS = 7;

type ApiClientTableProps = { clients: readonly ApiClient[]; onChanged: (text: string) => void };

/** The applications with their key prefixes; a working key can be revoked after confirmation. */
export function ApiClientTable({ clients, onChanged }: ApiClientTableProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <div className="admin-table-wrap">
      <table className="admin-table" data-testid="api-client-table">
        <caption>{t('apiClient.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('apiClient.name')}</th>
            <th scope="col">{t('apiClient.contactColumn')}</th>
            <th scope="col">{t('apiClient.keyPrefix')}</th>
            <th scope="col">{t('apiClient.createdAt')}</th>
            <th scope="col">{t('apiClient.lastUsedAt')}</th>
            <th scope="col">{t('apiClient.status')}</th>
            <th scope="col">{t('apiClient.action')}</th>
          </tr>
        </thead>
        <tbody>
          {clients.map((client) => (
            <ApiClientRow
              key={client.id}
              client={client}
              confirming={confirming === client.id}
              onConfirm={(open) => setConfirming(open ? client.id : null)}
              onChanged={onChanged}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

type ApiClientRowProps = {
  client: ApiClient;
  confirming: boolean;
  onConfirm: (open: boolean) => void;
  onChanged: (text: string) => void;
};

function ApiClientRow({ client, confirming, onConfirm, onChanged }: ApiClientRowProps) {
  const { t, formatDate } = useI18n();
  const revoke = useRevokeApiClient();
  const revokeRef = useRef<HTMLButtonElement>(null);
  const confirmId = `revoke-api-client-${client.id}`;
  const failure = revoke.isError ? failureOf(revoke.error) : null;
  const timeCell = (iso?: string) => (iso ? <time dateTime={iso}>{formatDate(iso)}</time> : t('apiClient.neverUsed'));

  const closeConfirm = () => {
    revoke.reset();
    onConfirm(false);
    revokeRef.current?.focus();
  };

  return (
    <>
      <tr data-testid={`api-client-${client.id}`}>
        <th scope="row" className="admin-table__wrap">
          {client.name}
        </th>
        <td className="admin-table__wrap">{client.contact ?? '—'}</td>
        <td className="mono">{client.keyPrefix}…</td>
        <td>
          <time dateTime={client.createdAt}>{formatDate(client.createdAt)}</time>
        </td>
        <td>{timeCell(client.lastUsedAt)}</td>
        <td>
          {client.revokedAt ? (
            <>
              <span className="status status--inactive">{t('apiClient.revokedStatus')}</span>{' '}
              <time dateTime={client.revokedAt} className="field__hint">
                {t('apiClient.revokedAt', { date: formatDate(client.revokedAt) })}
              </time>
            </>
          ) : (
            <span className="status status--active">{t('apiClient.active')}</span>
          )}
        </td>
        <td>
          {!client.revokedAt && (
            <button
              ref={revokeRef}
              type="button"
              className="button button--small button--secondary"
              aria-label={t('apiClient.revokeItem', { name: client.name })}
              aria-expanded={confirming}
              aria-controls={confirming ? confirmId : undefined}
              onClick={confirming ? closeConfirm : () => onConfirm(true)}
            >
              {t('apiClient.revoke')}
            </button>
          )}
        </td>
      </tr>
      {confirming && !client.revokedAt && (
        <tr>
          <td colSpan={COLUMNS}>
            <ConfirmRemoval
              id={confirmId}
              question={t('apiClient.confirm', { name: client.name })}
              failedTitle={t('apiClient.revokeFailed')}
              failure={failure}
              pending={revoke.isPending}
              pendingLabel={t('apiClient.revoking')}
              confirmLabel={t('apiClient.confirmYes')}
              onConfirm={() =>
                revoke.mutate(client.id, {
                  onSuccess: () => {
                    onConfirm(false);
                    onChanged(t('apiClient.revoked', { name: client.name }));
                  },
                })
              }
              onCancel={closeConfirm}
            />
          </td>
        </tr>
      )}
    </>
  );
}
