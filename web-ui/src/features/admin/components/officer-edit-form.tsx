import { useState, type FormEvent } from 'react';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { Field } from '@/components/ui/field';
import type { Agency } from '@/features/agency/api/get-agencies';
import { useI18n } from '@/i18n/use-i18n';
import { useUpdateOfficer, type Officer } from '../api/officers';
import { useFormFeedback } from '../hooks/use-form-feedback';
import {
  officerUpdateFields,
  officerUpdateValues,
  validateOfficerUpdate,
  type OfficerUpdateValues,
} from '../utils/officer-form';
import { EditorPanel } from './editor-panel';
import { FormActions } from './form-actions';
import { FormFeedback } from './form-feedback';
import { TreeSelect } from './tree-select';

type OfficerEditFormProps = {
  agencies: readonly Agency[];
  officer: Officer;
  onCancel: () => void;
  onSaved: (officer: Officer) => void;
};

/** Moves an officer to another agency, renames or deactivates them. */
export function OfficerEditForm({ agencies, officer, onCancel, onSaved }: OfficerEditFormProps) {
  const { t } = useI18n();
  const updateOfficer = useUpdateOfficer();
  const [values, setValues] = useState<OfficerUpdateValues>(() => officerUpdateValues(officer));
  const feedback = useFormFeedback(officerUpdateFields);

  const set = <K extends keyof OfficerUpdateValues>(name: K, value: OfficerUpdateValues[K]) =>
    setValues((prev) => ({ ...prev, [name]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    feedback.reset();
    const result = validateOfficerUpdate(values);
    if (!result.ok) {
      feedback.showInvalid(result.errors);
      return;
    }
    updateOfficer.mutate({ subject: officer.subject, body: result.body }, { onSuccess: onSaved, onError: feedback.showError });
  };

  return (
    <EditorPanel title={t('officer.editTitle', { name: officer.name })} onCancel={onCancel} testId="officer-editor">
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={updateOfficer.isPending}>
        <FormFeedback summary={feedback.summary} />
        <Field id="officer-agency" label={t('officer.agency')} hint={t('officer.agency.hint')} error={feedback.errorText('agencyId')}>
          {(control) => (
            <TreeSelect
              control={control}
              name="agencyId"
              items={agencies}
              value={values.agencyId}
              onChange={(value) => set('agencyId', value)}
              noneLabel={t('officer.agency.choose')}
              disableInactive
            />
          )}
        </Field>
        <Field id="officer-name" label={t('officer.name')} error={feedback.errorText('name')}>
          {(control) => (
            <input
              {...control}
              name="name"
              type="text"
              maxLength={200}
              value={values.name}
              onChange={(event) => set('name', event.target.value)}
            />
          )}
        </Field>
        <Field id="officer-email" label={t('officer.email.optional')} error={feedback.errorText('email')}>
          {(control) => (
            <input
              {...control}
              name="email"
              type="email"
              autoComplete="off"
              maxLength={254}
              value={values.email}
              onChange={(event) => set('email', event.target.value)}
            />
          )}
        </Field>
        <CheckboxField
          id="officer-active"
          label={t('admin.active')}
          hint={t('officer.active.hint')}
          checked={values.active}
          onChange={(checked) => set('active', checked)}
        />
        <FormActions pending={updateOfficer.isPending} onCancel={onCancel} />
      </form>
    </EditorPanel>
  );
}
