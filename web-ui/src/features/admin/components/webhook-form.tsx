import { useState, type FormEvent } from 'react';
import { Field } from '@/components/ui/field';
import { useI18n } from '@/i18n/use-i18n';
import { useAddWebhook, useUpdateWebhook, type Webhook, type WebhookCreated, type WebhookEventType } from '../api/webhooks';
import { useFormFeedback } from '../hooks/use-form-feedback';
import { emptyWebhook, validateEventTypes, validateWebhook, webhookFields, type WebhookValues } from '../utils/webhook-form';
import { EditorPanel } from './editor-panel';
import { EventTypeFields } from './event-type-fields';
import { FormActions } from './form-actions';
import { FormFeedback } from './form-feedback';

type WebhookFormProps = { onCancel: () => void; onAdded: (created: WebhookCreated) => void };

/** Subscribes another system: name, address and the events it wants. */
export function WebhookForm({ onCancel, onAdded }: WebhookFormProps) {
  const { t } = useI18n();
  const addWebhook = useAddWebhook();
  const [values, setValues] = useState<WebhookValues>(emptyWebhook);
  const feedback = useFormFeedback(webhookFields);
  const set = <K extends keyof WebhookValues>(name: K, value: WebhookValues[K]) =>
    setValues((prev) => ({ ...prev, [name]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    feedback.reset();
    const result = validateWebhook(values);
    if (!result.ok) {
      feedback.showInvalid(result.errors);
      return;
    }
    addWebhook.mutate(result.body, {
      onSuccess: (created) => {
        // The secret now lives only in the page's state; the mutation forgets it (see useInvalidatingMutation).
        addWebhook.reset();
        onAdded(created);
      },
      onError: feedback.showError,
    });
  };

  return (
    <EditorPanel title={t('webhook.createTitle')} onCancel={onCancel} testId="webhook-editor">
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={addWebhook.isPending}>
        <FormFeedback summary={feedback.summary} />
        <Field id="webhook-name" label={t('webhook.name')} hint={t('webhook.name.hint')} error={feedback.errorText('name')}>
          {(control) => (
            <input {...control} name="name" type="text" maxLength={100} autoComplete="off" value={values.name} onChange={(e) => set('name', e.target.value)} />
          )}
        </Field>
        <Field id="webhook-url" label={t('webhook.url')} hint={t('webhook.url.hint')} error={feedback.errorText('url')}>
          {(control) => (
            <input
              {...control}
              name="url"
              type="url"
              inputMode="url"
              className="mono"
              spellCheck={false}
              autoComplete="off"
              maxLength={2000}
              value={values.url}
              onChange={(e) => set('url', e.target.value)}
            />
          )}
        </Field>
        <EventTypeFields
          idPrefix="webhook-new"
          selected={values.eventTypes}
          onChange={(selected) => set('eventTypes', selected)}
          error={feedback.errorText('eventTypes')}
        />
        <FormActions pending={addWebhook.isPending} onCancel={onCancel} />
      </form>
    </EditorPanel>
  );
}

type WebhookEventsFormProps = { webhook: Webhook; onCancel: () => void; onSaved: (saved: Webhook) => void };

/** Changes which events a subscription receives. */
export function WebhookEventsForm({ webhook, onCancel, onSaved }: WebhookEventsFormProps) {
  const { t } = useI18n();
  const updateWebhook = useUpdateWebhook();
  const [selected, setSelected] = useState<WebhookEventType[]>(webhook.eventTypes);
  const feedback = useFormFeedback(webhookFields);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    feedback.reset();
    const result = validateEventTypes(selected);
    if (!result.ok) {
      feedback.showInvalid(result.errors);
      return;
    }
    updateWebhook.mutate({ id: webhook.id, body: { eventTypes: result.eventTypes } }, { onSuccess: onSaved, onError: feedback.showError });
  };

  return (
    <EditorPanel title={t('webhook.editTitle', { name: webhook.name })} onCancel={onCancel} testId="webhook-editor">
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={updateWebhook.isPending}>
        <FormFeedback summary={feedback.summary} />
        <EventTypeFields idPrefix="webhook-edit" selected={selected} onChange={setSelected} error={feedback.errorText('eventTypes')} />
        <FormActions pending={updateWebhook.isPending} onCancel={onCancel} />
      </form>
    </EditorPanel>
  );
}
