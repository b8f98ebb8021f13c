import { useMemo } from 'react';
import { canManage } from '@/auth/roles';
import { useAuth } from '@/auth/use-auth';
import { Loading } from '@/components/ui/loading';
import { useAllAgencies, type Agency } from '@/features/agency/api/get-agencies';
import { useI18n } from '@/i18n/use-i18n';
import { toTree } from '@/lib/tree';
import { useEditor } from '../hooks/use-editor';
import { ActiveStatus } from './active-status';
import { AdminPage } from './admin-page';
import { AgencyForm } from './agency-form';
import { LoadFailed } from './load-failed';
import { Notice } from './notice';
import { TreeList } from './tree-list';

/** The agencies (OPD) and their sub-units as a tree; admins add and edit them, supervisors look. */
export function AgencyAdmin() {
  const { t } = useI18n();
  const { state } = useAuth();
  const manage = canManage(state);
  const query = useAllAgencies();
  const editor = useEditor<Agency>();
  const tree = useMemo(() => toTree(query.data ?? []), [query.data]);

  const content = () => {
    if (query.isPending) return <Loading label={t('agency.loading')} />;
    if (query.isError) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
    const agencies = query.data;
    return (
      <>
        {manage && (
          <>
            <button type="button" className="button" onClick={editor.openCreate}>
              {t('agency.add')}
            </button>
            {editor.editing && (
              <AgencyForm
                key={editor.editing.key}
                agencies={agencies}
                agency={editor.editing.mode === 'edit' ? editor.editing.item : undefined}
                onCancel={editor.cancel}
                onSaved={(saved) =>
                  editor.done(t(editor.editing?.mode === 'edit' ? 'agency.updated' : 'agency.created', { name: saved.name }))
                }
              />
            )}
          </>
        )}
        {agencies.length === 0 ? (
          <p className="empty" data-testid="agencies-empty">
            {t('agency.empty')}
          </p>
        ) : (
          <TreeList
            nodes={tree}
            label={t('agency.list')}
            testId="agency-tree"
            getKey={(agency) => agency.id}
            renderItem={(agency) => (
              <div className="tree__row">
                <div className="tree__text">
                  <span className="tree__name">{agency.name}</span>
                  <span className="tree__meta">
                    <span className="mono">{agency.code}</span>
                    <ActiveStatus active={agency.active} />
                  </span>
                </div>
                {manage && (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={t('admin.editItem', { name: agency.name })}
                    onClick={() => editor.openEdit(agency)}
                  >
                    {t('admin.edit')}
                  </button>
                )}
              </div>
            )}
          />
        )}
      </>
    );
  };

  return (
    <AdminPage title={t('agency.title')} intro={t('agency.intro')} readOnly={!manage}>
      <Notice notice={editor.notice} />
      {content()}
    </AdminPage>
  );
}
