import { useState, type FormEvent } from 'react';
import { Field, type FieldControlProps } from '@/components/ui/field';
import type { Agency } from '@/features/agency/api/get-agencies';
import { useI18n } from '@/i18n/use-i18n';
import { useRegisterOfficer, type Officer } from '../api/officers';
import { useFormFeedback } from '../hooks/use-form-feedback';
import {
  emptyRegistration,
  registrationFields,
  validateRegistration,
  type AccountKind,
  type RegistrationValues,
} from '../utils/officer-form';
import { EditorPanel } from './editor-panel';
import { FormActions } from './form-actions';
import { FormFeedback } from './form-feedback';
import { TreeSelect } from './tree-select';

type OfficerRegistrationFormProps = {
  agencies: readonly Agency[];
  onCancel: () => void;
  /** `username` is set when a new account was created (the answer then holds its temporary password). */
  onRegistered: (officer: Officer, username?: string) => void;
};

const kinds: AccountKind[] = ['new', 'existing'];

/** Makes an existing Keycloak account, or a new one the API creates, an officer of an agency. */
export function OfficerRegistrationForm({ agencies, onCancel, onRegistered }: OfficerRegistrationFormProps) {
  const { t } = useI18n();
  const registerOfficer = useRegisterOfficer();
  const [values, setValues] = useState<RegistrationValues>(emptyRegistration);
  const feedback = useFormFeedback<string>(registrationFields[values.kind]);
  const error = (field: string) => feedback.errorText(field);

  const set = <K extends keyof RegistrationValues>(name: K, value: RegistrationValues[K]) =>
    setValues((prev) => ({ ...prev, [name]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    feedback.reset();
    const result = validateRegistration(values);
    if (!result.ok) {
      feedback.showInvalid(result.errors);
      return;
    }
    registerOfficer.mutate(result.body, {
      onSuccess: (officer) => onRegistered(officer, result.body.account?.username),
      onError: feedback.showError,
    });
  };

  // The text inputs differ only in name and a few attributes.
  const text =
    (name: keyof Omit<RegistrationValues, 'kind'>, options: { type?: string; maxLength: number; mono?: boolean }) =>
    (control: FieldControlProps) => (
      <input
        {...control}
        name={name}
        type={options.type ?? 'text'}
        className={options.mono ? 'mono' : undefined}
        autoComplete="off"
        spellCheck={options.mono ? false : undefined}
        maxLength={options.maxLength}
        value={values[name]}
        onChange={(event) => set(name, event.target.value)}
      />
    );

  return (
    <EditorPanel title={t('officer.createTitle')} onCancel={onCancel} testId="officer-editor">
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={registerOfficer.isPending}>
        <FormFeedback summary={feedback.summary} />
        <fieldset className="fieldset">
          <legend>{t('officer.accountKind')}</legend>
          {kinds.map((kind) => (
            <div className="checkbox" key={kind}>
              <input
                id={`officer-kind-${kind}`}
                type="radio"
                name="kind"
                value={kind}
                checked={values.kind === kind}
                onChange={() => {
                  feedback.reset();
                  set('kind', kind);
                }}
              />
              <label htmlFor={`officer-kind-${kind}`}>{t(`officer.accountKind.${kind}`)}</label>
            </div>
          ))}
        </fieldset>

        {values.kind === 'existing' ? (
          <>
            <Field id="officer-subject" label={t('officer.subject')} hint={t('officer.subject.hint')} error={error('subject')}>
              {text('subject', { maxLength: 64, mono: true })}
            </Field>
            <Field id="officer-name" label={t('officer.name')} error={error('name')}>
              {text('name', { maxLength: 200 })}
            </Field>
            <Field id="officer-email" label={t('officer.email.optional')} error={error('email')}>
              {text('email', { type: 'email', maxLength: 254 })}
            </Field>
          </>
        ) : (
          <>
            <Field id="officer-username" label={t('officer.username')} hint={t('officer.username.hint')} error={error('username')}>
              {text('username', { maxLength: 50, mono: true })}
            </Field>
            <Field id="officer-first-name" label={t('officer.firstName')} error={error('firstName')}>
              {text('firstName', { maxLength: 100 })}
            </Field>
            <Field id="officer-last-name" label={t('officer.lastName')} error={error('lastName')}>
              {text('lastName', { maxLength: 100 })}
            </Field>
            <Field id="officer-email" label={t('officer.email')} error={error('email')}>
              {text('email', { type: 'email', maxLength: 254 })}
            </Field>
          </>
        )}

        <Field id="officer-agency" label={t('officer.agency')} hint={t('officer.agency.hint')} error={error('agencyId')}>
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
        <FormActions pending={registerOfficer.isPending} onCancel={onCancel} />
      </form>
    </EditorPanel>
  );
}
