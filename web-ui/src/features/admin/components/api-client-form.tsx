import { useId, useState, type FormEvent } from 'react';
import { Field } from '@/components/ui/field';
import { useI18n } from '@/i18n/use-i18n';
import { useAddApiClient, type ApiClientCreated } from '../api/api-clients';
import { useFormFeedback } from '../hooks/use-form-feedback';
import { apiClientFields, emptyApiClient, validateApiClient, type ApiClientValues } from '../utils/api-client-form';
import { FormFeedback } from './form-feedback';

/**
 * Registers an application and issues its key. The form stays on the page and is emptied after each
 * key, which is handed up once (`onIssued`) and forgotten here.
 */
export function ApiClientForm({ onIssued }: { onIssued: (created: ApiClientCreated) => void }) {
  const { t } = useI18n();
  const headingId = useId();
  const addApiClient = useAddApiClient();
  const [values, setValues] = useState<ApiClientValues>(emptyApiClient);
  const feedback = useFormFeedback(apiClientFields);
  const set = (name: keyof ApiClientValues, value: string) => setValues((prev) => ({ ...prev, [name]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    feedback.reset();
    const result = validateApiClient(values);
    if (!result.ok) {
      feedback.showInvalid(result.errors);
      return;
    }
    addApiClient.mutate(result.body, {
      onSuccess: (created) => {
        setValues(emptyApiClient);
        // The key now lives only in the page's state; the mutation forgets it (see useInvalidatingMutation).
        addApiClient.reset();
        onIssued(created);
      },
      onError: feedback.showError,
    });
  };

  return (
    <section className="admin-editor" aria-labelledby={headingId} data-testid="api-client-form">
      <h2 id={headingId}>{t('apiClient.createTitle')}</h2>
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={addApiClient.isPending}>
        <FormFeedback summary={feedback.summary} />
        <Field id="api-client-name" label={t('apiClient.name')} hint={t('apiClient.name.hint')} error={feedback.errorText('name')}>
          {(control) => (
            <input {...control} name="name" type="text" maxLength={100} autoComplete="off" value={values.name} onChange={(e) => set('name', e.target.value)} />
          )}
        </Field>
        <Field id="api-client-contact" label={t('apiClient.contact')} hint={t('apiClient.contact.hint')} error={feedback.errorText('contact')}>
          {(control) => (
            <input {...control} name="contact" type="text" maxLength={254} autoComplete="off" value={values.contact} onChange={(e) => set('contact', e.target.value)} />
          )}
        </Field>
        <div className="actions admin-editor__actions">
          <button type="submit" className="button" disabled={addApiClient.isPending}>
            {addApiClient.isPending ? t('apiClient.issuing') : t('apiClient.issue')}
          </button>
        </div>
      </form>
    </section>
  );
}
