import { useMemo, useState } from 'react';
import { canManage } from '@/auth/roles';
import { useAuth } from '@/auth/use-auth';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { useAllAgencies } from '@/features/agency/api/get-agencies';
import { useI18n } from '@/i18n/use-i18n';
import { useOfficers, type Officer } from '../api/officers';
import { useEditor } from '../hooks/use-editor';
import { ActiveStatus } from './active-status';
import { AdminPage } from './admin-page';
import { LoadFailed } from './load-failed';
import { Notice } from './notice';
import { OfficerEditForm } from './officer-edit-form';
import { OfficerRegistrationForm } from './officer-registration-form';
import { TemporaryPassword } from './temporary-password';

type Credentials = { name: string; username: string; password: string };

/** The officers a page at a time; admins register and edit them, supervisors look. */
export function OfficerAdmin() {
  const { t } = useI18n();
  const { state } = useAuth();
  const manage = canManage(state);
  const officersQuery = useOfficers();
  const agenciesQuery = useAllAgencies();
  const editor = useEditor<Officer>();
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const agencyNames = useMemo(
    () => new Map((agenciesQuery.data ?? []).map((agency) => [agency.id, agency.name])),
    [agenciesQuery.data],
  );

  const onRegistered = (officer: Officer, username?: string) => {
    if (username && officer.temporaryPassword) {
      editor.close();
      setCredentials({ name: officer.name, username, password: officer.temporaryPassword });
    } else {
      editor.done(t('officer.registered', { name: officer.name }));
    }
  };

  const content = () => {
    if (officersQuery.isPending || agenciesQuery.isPending) return <Loading label={t('officer.loading')} />;
    if (officersQuery.isError || agenciesQuery.isError) {
      return (
        <LoadFailed
          error={officersQuery.error ?? agenciesQuery.error}
          onRetry={() => {
            if (officersQuery.isError) void officersQuery.refetch();
            if (agenciesQuery.isError) void agenciesQuery.refetch();
          }}
        />
      );
    }
    const agencies = agenciesQuery.data;
    const officers = officersQuery.data.pages.flatMap((page) => page.items);
    const editing = editor.editing;
    return (
      <>
        {manage && (
          <>
            <button type="button" className="button" onClick={editor.openCreate}>
              {t('officer.add')}
            </button>
            {editing?.mode === 'create' && (
              <OfficerRegistrationForm
                key={editing.key}
                agencies={agencies}
                onCancel={editor.cancel}
                onRegistered={onRegistered}
              />
            )}
            {editing?.mode === 'edit' && (
              <OfficerEditForm
                key={editing.key}
                agencies={agencies}
                officer={editing.item}
                onCancel={editor.cancel}
                onSaved={(saved) => editor.done(t('officer.updated', { name: saved.name }))}
              />
            )}
          </>
        )}
        {officers.length === 0 ? (
          <p className="empty" data-testid="officers-empty">
            {t('officer.empty')}
          </p>
        ) : (
          <ul className="admin-list" aria-label={t('officer.list')} data-testid="officer-list">
            {officers.map((officer) => (
              <li key={officer.subject} className="admin-card">
                <div className="admin-card__head">
                  <h2 className="admin-card__title">{officer.name}</h2>
                  <ActiveStatus active={officer.active} />
                </div>
                <dl className="details details--compact">
                  <dt>{t('officer.agencyShown')}</dt>
                  <dd>{agencyNames.get(officer.agencyId) ?? <span className="mono">{officer.agencyId}</span>}</dd>
                  {officer.email && (
                    <>
                      <dt>{t('officer.emailShown')}</dt>
                      <dd>{officer.email}</dd>
                    </>
                  )}
                  <dt>{t('officer.subjectShown')}</dt>
                  <dd className="mono">{officer.subject}</dd>
                </dl>
                {manage && (
                  <button
                    type="button"
                    className="button button--small button--secondary admin-card__action"
                    aria-label={t('admin.editItem', { name: officer.name })}
                    onClick={() => editor.openEdit(officer)}
                  >
                    {t('admin.edit')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {officersQuery.isFetchNextPageError && <Alert tone="error" title={t('admin.loadFailed')} />}
        {officersQuery.hasNextPage && (
          <button
            type="button"
            className="button button--secondary"
            disabled={officersQuery.isFetchingNextPage}
            onClick={() => void officersQuery.fetchNextPage()}
          >
            {officersQuery.isFetchingNextPage ? t('officer.loadingMore') : t('officer.loadMore')}
          </button>
        )}
      </>
    );
  };

  return (
    <AdminPage title={t('officer.title')} intro={t('officer.intro')} readOnly={!manage}>
      <Notice notice={editor.notice} />
      {credentials && (
        <TemporaryPassword
          {...credentials}
          onDone={() => {
            setCredentials(null);
            editor.done(t('officer.registered', { name: credentials.name }));
          }}
        />
      )}
      {content()}
    </AdminPage>
  );
}
