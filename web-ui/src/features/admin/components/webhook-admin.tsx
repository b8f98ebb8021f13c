import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { useI18n } from '@/i18n/use-i18n';
import { useWebhooks, type Webhook, type WebhookCreated } from '../api/webhooks';
import { useEditor } from '../hooks/use-editor';
import '../webhooks.css';
import { AdminPage } from './admin-page';
import { LoadFailed } from './load-failed';
import { Notice } from './notice';
import { WebhookEventsForm, WebhookForm } from './webhook-form';
import { WebhookList } from './webhook-list';
import { WebhookSecret } from './webhook-secret';

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
        {query.isFetchNextPageError && <Alert tone="error" title={t('admin.loadFailed')} />}
        {query.hasNextPage && (
          <button
            type="button"
            className="button button--secondary"
            disabled={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {query.isFetchingNextPage ? t('webhook.loadingMore') : t('webhook.loadMore')}
          </button>
        )}
      </>
    );
  };

  const editing = editor.editing;
  return (
    <AdminPage title={t('webhook.title')} intro={t('webhook.intro')} readOnly={false}>
      <Notice notice={editor.notice} />
      {created && (
        <WebhookSecret
          name={created.name}
          secret={created.secret}
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
