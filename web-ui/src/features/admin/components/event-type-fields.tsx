import { CheckboxField } from '@/components/ui/checkbox-field';
import { useI18n } from '@/i18n/use-i18n';
import { webhookEventTypes, type WebhookEventType } from '../api/webhooks';

type EventTypeFieldsProps = {
  idPrefix: string;
  selected: readonly WebhookEventType[];
  onChange: (selected: WebhookEventType[]) => void;
  error?: string;
};

/** The report events a system may receive, one checkbox each, in words with the technical name as the hint. */
export function EventTypeFields({ idPrefix, selected, onChange, error }: EventTypeFieldsProps) {
  const { t } = useI18n();
  const errorId = `${idPrefix}-event-types-error`;
  const toggle = (type: WebhookEventType, checked: boolean) =>
    // Kept in the list's order, so the request (and the screen) do not depend on the clicking order.
    onChange(webhookEventTypes.filter((each) => (each === type ? checked : selected.includes(each))));
  return (
    <fieldset
      className={error ? 'fieldset field--invalid' : 'fieldset'}
      aria-describedby={error ? errorId : undefined}
      data-testid={`${idPrefix}-event-types`}
    >
      <legend>{t('webhook.eventTypes')}</legend>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <div className="event-types">
        {webhookEventTypes.map((type) => (
          <CheckboxField
            key={type}
            id={`${idPrefix}-${type.replace(/[._]/g, '-')}`}
            label={t(`webhook.event.${type}`)}
            hint={type}
            checked={selected.includes(type)}
            onChange={(checked) => toggle(type, checked)}
          />
        ))}
      </div>
    </fieldset>
  );
}
