import { useId, useState } from 'react';
import { Loading } from '@/components/ui/loading';
import { getEnv } from '@/config/env';
import { useI18n } from '@/i18n/use-i18n';
import { useApiClients, type ApiClient, type ApiClientCreated } from '../api/api-clients';
import { useEditor } from '../hooks/use-editor';
import '../webhooks.css';
import { AdminPage } from './admin-page';
import { ApiClientForm } from './api-client-form';
import { ApiClientTable } from './api-client-list';
import { LoadFailed } from './load-failed';
import { LoadMore } from './load-more';
import { Notice } from './notice';
import { ShownOnceSecret } from './shown-once-secret';

/** Where Open311 answers, from the API base URL of config.js (absent if the config has none). */
function open311Base(): string | undefined {
  try {
    return `${getEnv().apiUrl}/open311/v2`;
  } catch {
    return undefined;
  }
}

/** Third-party applications' keys for Open311 (admins only: a key lets an application file reports). */
export function ApiClientAdmin() {
  const { t } = useI18n();
  const query = useApiClients();
  // Only its success notice is used: the form stays open, and there is nothing to edit.
  const editor = useEditor<ApiClient>();
  const [created, setCreated] = useState<ApiClientCreated | null>(null);

  const content = () => {
    if (query.isPending) return <Loading label={t('apiClient.loading')} />;
    if (query.isError) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
    const clients = query.data.pages.flatMap((page) => page.items);
    return (
      <>
        {clients.length === 0 ? (
          <p className="empty" data-testid="api-clients-empty">
            {t('apiClient.empty')}
          </p>
        ) : (
          <ApiClientTable clients={clients} onChanged={editor.done} />
        )}
        <LoadMore query={query} />
      </>
    );
  };

  return (
    <AdminPage title={t('apiClient.title')} intro={t('apiClient.intro')} readOnly={false}>
      <Notice notice={editor.notice} />
      {created && (
        <ShownOnceSecret
          key={created.id}
          title={t('apiClient.key.title', { name: created.name })}
          warning={t('apiClient.key.warning')}
          label={t('apiClient.key.label')}
          secret={created.apiKey}
          testId="api-key"
          onDone={() => {
            const name = created.name;
            setCreated(null);
            editor.done(t('apiClient.issued', { name }));
          }}
        />
      )}
      <Open311Help />
      <ApiClientForm onIssued={setCreated} />
      {content()}
    </AdminPage>
  );
}

function Open311Help() {
  const { t } = useI18n();
  const headingId = useId();
  const base = open311Base();
  const discovery = base && `${base}/discovery.json`;
  return (
    <section aria-labelledby={headingId} data-testid="open311-help">
      <h2 id={headingId}>{t('apiClient.help.title')}</h2>
      <p>{t('apiClient.help')}</p>
      <dl className="details details--compact">
        <dt>{t('apiClient.help.param')}</dt>
        <dd>
          <code className="mono">api_key</code>
        </dd>
        <dt>{t('apiClient.help.endpoint')}</dt>
        <dd>
          <code className="mono api-client__url">{base ?? '/open311/v2'}</code>
        </dd>
        {discovery && (
          <>
            <dt>{t('apiClient.help.discovery')}</dt>
            <dd>
              <a href={discovery} className="mono api-client__url">
                {discovery}
              </a>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
