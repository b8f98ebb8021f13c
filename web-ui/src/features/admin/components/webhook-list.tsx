import { useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { useI18n } from '@/i18n/use-i18n';
import { useDeleteWebhook, useUpdateWebhook, type Webhook } from '../api/webhooks';
import { failureOf } from '../hooks/use-form-feedback';
import { ConfirmRemoval } from './confirm-box';

type WebhookListProps = {
  webhooks: readonly Webhook[];
  onEdit: (webhook: Webhook) => void;
  onChanged: (text: string) => void;
};

/** The subscriptions, each with pause/resume, change events and remove. */
export function WebhookList({ webhooks, onEdit, onChanged }: WebhookListProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <ul className="admin-list" aria-label={t('webhook.list')} data-testid="webhook-list">
      {webhooks.map((webhook) => (
        <WebhookCard
          key={webhook.id}
          webhook={webhook}
          confirming={confirming === webhook.id}
          onConfirm={(open) => setConfirming(open ? webhook.id : null)}
          onEdit={() => onEdit(webhook)}
          onChanged={onChanged}
        />
      ))}
    </ul>
  );
}

type WebhookCardProps = {
  webhook: Webhook;
  confirming: boolean;
  onConfirm: (open: boolean) => void;
  onEdit: () => void;
  onChanged: (text: string) => void;
};

function WebhookCard({ webhook, confirming, onConfirm, onEdit, onChanged }: WebhookCardProps) {
  const { t, formatDate } = useI18n();
  const updateWebhook = useUpdateWebhook();
  const deleteWebhook = useDeleteWebhook();
  const removeRef = useRef<HTMLButtonElement>(null);
  const confirmId = `remove-webhook-${webhook.id}`;
  const toggleFailure = updateWebhook.isError ? failureOf(updateWebhook.error) : null;
  const removeFailure = deleteWebhook.isError ? failureOf(deleteWebhook.error) : null;

  const toggle = () =>
    updateWebhook.mutate(
      { id: webhook.id, body: { active: !webhook.active } },
      {
        onSuccess: (saved) =>
          onChanged(t(saved.active ? 'webhook.resumed' : 'webhook.paused', { name: saved.name })),
      },
    );

  const closeConfirm = () => {
    deleteWebhook.reset();
    onConfirm(false);
    removeRef.current?.focus();
  };

  return (
    <li className="admin-card" data-testid={`webhook-${webhook.id}`}>
      <div className="admin-card__head">
        <h2 className="admin-card__title">{webhook.name}</h2>
        <span className={webhook.active ? 'status status--active' : 'status status--inactive'}>
          {webhook.active ? t('webhook.active') : t('webhook.pausedStatus')}
        </span>
      </div>
      <dl className="details details--compact">
        <dt>{t('webhook.url')}</dt>
        <dd className="mono webhook__url">{webhook.url}</dd>
        <dt>{t('webhook.eventTypes')}</dt>
        <dd>
          <ul className="webhook__events">
            {webhook.eventTypes.map((type) => (
              <li key={type}>{t(`webhook.event.${type}`)}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('webhook.createdAt')}</dt>
        <dd>{formatDate(webhook.createdAt)}</dd>
      </dl>
      {toggleFailure && (
        <Alert tone="error" title={t('webhook.toggleFailed')}>
          <p>{t(toggleFailure.title)}</p>
        </Alert>
      )}
      <div className="actions admin-card__action">
        <button
          type="button"
          className="button button--small button--secondary"
          aria-label={t(webhook.active ? 'webhook.pauseItem' : 'webhook.resumeItem', { name: webhook.name })}
          disabled={updateWebhook.isPending}
          onClick={toggle}
        >
          {webhook.active ? t('webhook.pause') : t('webhook.resume')}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          aria-label={t('webhook.editItem', { name: webhook.name })}
          onClick={onEdit}
        >
          {t('webhook.edit')}
        </button>
        <button
          ref={removeRef}
          type="button"
          className="button button--small button--secondary"
          aria-label={t('webhook.removeItem', { name: webhook.name })}
          aria-expanded={confirming}
          aria-controls={confirming ? confirmId : undefined}
          onClick={confirming ? closeConfirm : () => onConfirm(true)}
        >
          {t('webhook.remove')}
        </button>
      </div>
      {confirming && (
        <ConfirmRemoval
          id={confirmId}
          question={t('webhook.confirm', { name: webhook.name })}
          failedTitle={t('webhook.removeFailed')}
          failure={removeFailure}
          pending={deleteWebhook.isPending}
          pendingLabel={t('webhook.removing')}
          confirmLabel={t('webhook.confirmYes')}
          onConfirm={() =>
            deleteWebhook.mutate(webhook.id, {
              onSuccess: () => {
                onConfirm(false);
                onChanged(t('webhook.removed', { name: webhook.name }));
              },
            })
          }
          onCancel={closeConfirm}
        />
      )}
    </li>
  );
}
