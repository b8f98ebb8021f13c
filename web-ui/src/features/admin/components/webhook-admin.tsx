import { useState } from 'react';
import { Loading } from '@/components/ui/loading';
import { useI18n } from '@/i18n/use-i18n';
import { useWebhooks, type Webhook, type WebhookCreated } from '../api/webhooks';
import { useEditor } from '../hooks/use-editor';
import '../webhooks.css';
import { AdminPage } from './admin-page';
import { LoadFailed } from './load-failed';
import { LoadMore } from './load-more';
import { Notice } from './notice';
import { ShownOnceSecret } from './shown-once-secret';
import { WebhookEventsForm, WebhookForm } from './webhook-form';
import { WebhookList } from './webhook-list';

/** Other systems' subscriptions to report events (admins only: each holds a signing secret). */
export function WebhookAdmin() {
  const { t } = useI18n();
  const query = useWebhooks();
  const editor = useEditor<Webhook>();
  const [created, setCreated] = useState<WebhookCreated | null>(null);

  const content = () => {
    if (query.isPending) return <Loading label={t('webhook.loading')} />;
    if (query.isError) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
    const webhooks = query.data.pages.flatMap((page) => page.items);
    return (
      <>
        {webhooks.length === 0 ? (
          <p className="empty" data-testid="webhooks-empty">
            {t('webhook.empty')}
          </p>
        ) : (
          <WebhookList webhooks={webhooks} onEdit={editor.openEdit} onChanged={editor.done} />
        )}
        <LoadMore query={query} />
      </>
    );
  };

  const editing = editor.editing;
  return (
    <AdminPage title={t('webhook.title')} intro={t('webhook.intro')} readOnly={false}>
      <Notice notice={editor.notice} />
      {created && (
        <ShownOnceSecret
          title={t('webhook.secret.title', { name: created.name })}
          warning={t('webhook.secret.warning')}
          label={t('webhook.secret.label')}
          secret={created.secret}
          testId="webhook-secret"
          onDone={() => {
            const name = created.name;
            setCreated(null);
            editor.done(t('webhook.added', { name }));
          }}
        />
      )}
      <div className="admin-toolbar">
        <button type="button" className="button" onClick={editor.openCreate}>
          {t('webhook.add')}
        </button>
      </div>
      {editing?.mode === 'create' && (
        <WebhookForm
          key={editing.key}
          onCancel={editor.cancel}
          onAdded={(webhook) => {
            editor.close();
            setCreated(webhook);
          }}
        />
      )}
      {editing?.mode === 'edit' && (
        <WebhookEventsForm
          key={editing.key}
          webhook={editing.item}
          onCancel={editor.cancel}
          onSaved={(saved) => editor.done(t('webhook.updated', { name: saved.name }))}
        />
      )}
      {content()}
    </AdminPage>
  );
}
