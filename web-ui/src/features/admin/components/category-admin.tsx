import { useMemo } from 'react';
import { canManage } from '@/auth/roles';
import { useAuth } from '@/auth/use-auth';
import { Loading } from '@/components/ui/loading';
import { useAllAgencies } from '@/features/agency/api/get-agencies';
import { useAllCategories, type Category } from '@/features/category/api/get-categories';
import { useI18n } from '@/i18n/use-i18n';
import { toTree } from '@/lib/tree';
import { useEditor } from '../hooks/use-editor';
import { ActiveStatus } from './active-status';
import { AdminPage } from './admin-page';
import { CategoryForm } from './category-form';
import { LoadFailed } from './load-failed';
import { Notice } from './notice';
import { TreeList } from './tree-list';

/** The category tree with each category's responsible agency; admins add and edit, supervisors look. */
export function CategoryAdmin() {
  const { t } = useI18n();
  const { state } = useAuth();
  const manage = canManage(state);
  const categoriesQuery = useAllCategories({ includeInactive: true });
  const agenciesQuery = useAllAgencies();
  const editor = useEditor<Category>();
  const tree = useMemo(() => toTree(categoriesQuery.data ?? []), [categoriesQuery.data]);
  const agencyNames = useMemo(
    () => new Map((agenciesQuery.data ?? []).map((agency) => [agency.id, agency.name])),
    [agenciesQuery.data],
  );

  const content = () => {
    if (categoriesQuery.isPending || agenciesQuery.isPending) return <Loading label={t('category.loading')} />;
    if (categoriesQuery.isError || agenciesQuery.isError) {
      return (
        <LoadFailed
          error={categoriesQuery.error ?? agenciesQuery.error}
          onRetry={() => {
            if (categoriesQuery.isError) void categoriesQuery.refetch();
            if (agenciesQuery.isError) void agenciesQuery.refetch();
          }}
        />
      );
    }
    const categories = categoriesQuery.data;
    return (
      <>
        {manage && (
          <>
            <button type="button" className="button" onClick={editor.openCreate}>
              {t('category.add')}
            </button>
            {editor.editing && (
              <CategoryForm
                key={editor.editing.key}
                categories={categories}
                agencies={agenciesQuery.data}
                category={editor.editing.mode === 'edit' ? editor.editing.item : undefined}
                onCancel={editor.cancel}
                onSaved={(saved) =>
                  editor.done(
                    t(editor.editing?.mode === 'edit' ? 'category.updated' : 'category.created', { name: saved.name }),
                  )
                }
              />
            )}
          </>
        )}
        {categories.length === 0 ? (
          <p className="empty" data-testid="categories-empty">
            {t('category.empty')}
          </p>
        ) : (
          <TreeList
            nodes={tree}
            label={t('category.list')}
            testId="category-tree"
            getKey={(category) => category.id}
            renderItem={(category) => (
              <div className="tree__row">
                <div className="tree__text">
                  <span className="tree__name">{category.name}</span>
                  <span className="tree__meta">
                    <span className="mono">{category.code}</span>
                    <ActiveStatus active={category.active} />
                  </span>
                  {category.defaultAgencyId && (
                    <span className="tree__detail">
                      {t('category.defaultAgency.shown', {
                        name: agencyNames.get(category.defaultAgencyId) ?? category.defaultAgencyId,
                      })}
                    </span>
                  )}
                </div>
                {manage && (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={t('admin.editItem', { name: category.name })}
                    onClick={() => editor.openEdit(category)}
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
    <AdminPage title={t('category.title')} intro={t('category.intro')} readOnly={!manage}>
      <Notice notice={editor.notice} />
      {content()}
    </AdminPage>
  );
}
