import { useMemo, useState, type FormEvent } from 'react';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { Field } from '@/components/ui/field';
import type { Agency } from '@/features/agency/api/get-agencies';
import { useI18n } from '@/i18n/use-i18n';
import { descendantIds } from '@/lib/tree';
import { useCreateAgency, useUpdateAgency } from '../api/agencies';
import { useFormFeedback } from '../hooks/use-form-feedback';
import { agencyFields, agencyFormValues, validateAgencyForm, type AgencyFormValues } from '../utils/agency-form';
import { CodeField } from './code-field';
import { EditorPanel } from './editor-panel';
import { FormActions } from './form-actions';
import { FormFeedback } from './form-feedback';
import { TreeSelect } from './tree-select';

type AgencyFormProps = {
  agencies: readonly Agency[];
  /** The agency to edit; a new one is created without it. */
  agency?: Agency;
  onCancel: () => void;
  onSaved: (agency: Agency) => void;
};

/** Creates or edits an agency or sub-unit. */
export function AgencyForm({ agencies, agency, onCancel, onSaved }: AgencyFormProps) {
  const { t } = useI18n();
  const createAgency = useCreateAgency();
  const updateAgency = useUpdateAgency();
  const [values, setValues] = useState<AgencyFormValues>(() => agencyFormValues(agency));
  const feedback = useFormFeedback(agencyFields);
  // An agency cannot sit below itself or one of its own sub-units.
  const excludeIds = useMemo(() => (agency ? descendantIds(agencies, agency.id) : undefined), [agencies, agency]);

  const set = <K extends keyof AgencyFormValues>(name: K, value: AgencyFormValues[K]) =>
    setValues((prev) => ({ ...prev, [name]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    feedback.reset();
    const result = validateAgencyForm(values);
    if (!result.ok) {
      feedback.showInvalid(result.errors);
      return;
    }
    const callbacks = { onSuccess: onSaved, onError: feedback.showError };
    if (agency) updateAgency.mutate({ id: agency.id, body: result.body }, callbacks);
    else createAgency.mutate(result.body, callbacks);
  };

  const pending = createAgency.isPending || updateAgency.isPending;
  const title = agency ? t('agency.editTitle', { name: agency.name }) : t('agency.createTitle');

  return (
    <EditorPanel title={title} onCancel={onCancel} testId="agency-editor">
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={pending}>
        <FormFeedback summary={feedback.summary} />
        <CodeField
          id="agency-code"
          example="DINKES-PKM-OESAPA"
          value={values.code}
          error={feedback.errorText('code')}
          onChange={(code) => set('code', code)}
        />
        <Field id="agency-name" label={t('agency.name')} error={feedback.errorText('name')}>
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
        <Field id="agency-parent" label={t('agency.parent')} hint={t('agency.parent.hint')} error={feedback.errorText('parentId')}>
          {(control) => (
            <TreeSelect
              control={control}
              name="parentId"
              items={agencies}
              value={values.parentId}
              onChange={(value) => set('parentId', value)}
              noneLabel={t('agency.parent.none')}
              excludeIds={excludeIds}
            />
          )}
        </Field>
        <CheckboxField
          id="agency-active"
          label={t('admin.active')}
          hint={t('agency.active.hint')}
          checked={values.active}
          onChange={(checked) => set('active', checked)}
        />
        <FormActions pending={pending} onCancel={onCancel} />
      </form>
    </EditorPanel>
  );
}
