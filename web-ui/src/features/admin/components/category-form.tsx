import { useMemo, useState, type FormEvent } from 'react';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { Field } from '@/components/ui/field';
import type { Agency } from '@/features/agency/api/get-agencies';
import type { Category } from '@/features/category/api/get-categories';
import { useI18n } from '@/i18n/use-i18n';
import { descendantIds } from '@/lib/tree';
import { useCreateCategory, useUpdateCategory } from '../api/categories';
import { useFormFeedback } from '../hooks/use-form-feedback';
import { categoryFields, categoryFormValues, validateCategoryForm, type CategoryFormValues } from '../utils/category-form';
import { CodeField } from './code-field';
import { EditorPanel } from './editor-panel';
import { FormActions } from './form-actions';
import { FormFeedback } from './form-feedback';
import { TreeSelect } from './tree-select';

type CategoryFormProps = {
  categories: readonly Category[];
  agencies: readonly Agency[];
  /** The category to edit; a new one is created without it. */
  category?: Category;
  onCancel: () => void;
  onSaved: (category: Category) => void;
};

/** Creates or edits a category, with the agency suggested when its reports are forwarded. */
export function CategoryForm({ categories, agencies, category, onCancel, onSaved }: CategoryFormProps) {
  const { t } = useI18n();
  const createCategory = useCreateCategory();
  const updateCategory = useUpdateCategory();
  const [values, setValues] = useState<CategoryFormValues>(() => categoryFormValues(category));
  const feedback = useFormFeedback(categoryFields);
  const excludeIds = useMemo(
    () => (category ? descendantIds(categories, category.id) : undefined),
    [categories, category],
  );

  const set = <K extends keyof CategoryFormValues>(name: K, value: CategoryFormValues[K]) =>
    setValues((prev) => ({ ...prev, [name]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    feedback.reset();
    const result = validateCategoryForm(values);
    if (!result.ok) {
      feedback.showInvalid(result.errors);
      return;
    }
    const callbacks = { onSuccess: onSaved, onError: feedback.showError };
    if (category) updateCategory.mutate({ id: category.id, body: result.body }, callbacks);
    else createCategory.mutate(result.body, callbacks);
  };

  const pending = createCategory.isPending || updateCategory.isPending;
  const title = category ? t('category.editTitle', { name: category.name }) : t('category.createTitle');

  return (
    <EditorPanel title={title} onCancel={onCancel} testId="category-editor">
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={pending}>
        <FormFeedback summary={feedback.summary} />
        <CodeField
          id="category-code"
          example="JALAN-RUSAK"
          value={values.code}
          error={feedback.errorText('code')}
          onChange={(code) => set('code', code)}
        />
        <Field id="category-name" label={t('category.name')} error={feedback.errorText('name')}>
          {(control) => (
            <input
              {...control}
              name="name"
              type="text"
              maxLength={200}
              required
              value={values.name}
              onChange={(event) => set('name', event.target.value)}
            />
          )}
        </Field>
        <Field
          id="category-parent"
          label={t('category.parent')}
          hint={t('category.parent.hint')}
          error={feedback.errorText('parentId')}
        >
          {(control) => (
            <TreeSelect
              control={control}
              name="parentId"
              items={categories}
              value={values.parentId}
              onChange={(value) => set('parentId', value)}
              noneLabel={t('category.parent.none')}
              excludeIds={excludeIds}
            />
          )}
        </Field>
        <Field
          id="category-agency"
          label={t('category.defaultAgency')}
          hint={t('category.defaultAgency.hint')}
          error={feedback.errorText('defaultAgencyId')}
        >
          {(control) => (
            <TreeSelect
              control={control}
              name="defaultAgencyId"
              items={agencies}
              value={values.defaultAgencyId}
              onChange={(value) => set('defaultAgencyId', value)}
              noneLabel={t('category.defaultAgency.none')}
              disableInactive
            />
          )}
        </Field>
        <CheckboxField
          id="category-active"
          label={t('admin.active')}
          hint={t('category.active.hint')}
          checked={values.active}
          onChange={(checked) => set('active', checked)}
        />
        <FormActions pending={pending} onCancel={onCancel} />
      </form>
    </EditorPanel>
  );
}
