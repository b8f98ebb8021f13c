import { Field } from '@/components/ui/field';
import { useI18n } from '@/i18n/use-i18n';
import type { MessageKey } from '@/i18n/translate';
import { reportTypes, type ReportType } from '@/lib/report-types';

/** The report type as a radio group with a hint per choice (the citizen's form and the officials' one). */
export function ReportTypeFields({ value, onChange }: { value: ReportType; onChange: (type: ReportType) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset">
      <legend>{t('form.type')}</legend>
      <div className="choices">
        {reportTypes.map((type) => (
          <label key={type} className="choice">
            <input type="radio" name="type" value={type} checked={value === type} onChange={() => onChange(type)} />
            <span>
              <strong>{t(`type.${type}`)}</strong>
              <span className="choice__hint">{t(`type.${type}.hint`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type PrivacyFieldsProps = {
  anonymous: boolean;
  confidential: boolean;
  onChange: (name: 'anonymous' | 'confidential', checked: boolean) => void;
  /** Worded for an official who asks the complainant, rather than for the complainant. */
  forComplainant?: boolean;
};

/** Anonymous (identity hidden) and confidential (report hidden), each with what it means. */
export function PrivacyFields({ anonymous, confidential, onChange, forComplainant = false }: PrivacyFieldsProps) {
  const { t } = useI18n();
  const choices: { name: 'anonymous' | 'confidential'; checked: boolean; label: MessageKey; hint: MessageKey }[] = [
    {
      name: 'anonymous',
      checked: anonymous,
      label: forComplainant ? 'assisted.anonymous' : 'form.anonymous',
      hint: forComplainant ? 'assisted.anonymous.hint' : 'form.anonymous.hint',
    },
    {
      name: 'confidential',
      checked: confidential,
      label: forComplainant ? 'assisted.confidential' : 'form.confidential',
      hint: forComplainant ? 'assisted.confidential.hint' : 'form.confidential.hint',
    },
  ];
  return (
    <fieldset className="fieldset">
      <legend>{t('form.privacy')}</legend>
      {choices.map((choice) => (
        <label key={choice.name} className="choice">
          <input type="checkbox" name={choice.name} checked={choice.checked} onChange={(e) => onChange(choice.name, e.target.checked)} />
          <span>
            <strong>{t(choice.label)}</strong>
            <span className="choice__hint">{t(choice.hint)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

type ContactName = 'name' | 'email' | 'phone';

type ContactFieldsProps = {
  values: Record<ContactName, string>;
  onChange: (name: ContactName, value: string) => void;
  errors: Partial<Record<ContactName, string>>;
  legend: string;
  hint: string;
  /** Off when an official types someone else's details: the browser would offer the official's own. */
  autoComplete?: boolean;
};

/** Name, email and phone of the person to keep informed. */
export function ContactFields({ values, onChange, errors, legend, hint, autoComplete = true }: ContactFieldsProps) {
  const { t } = useI18n();
  const auto = (token: string) => (autoComplete ? token : 'off');
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <p className="field__hint">{hint}</p>
      <Field id="contact-name" label={t('form.contact.name')} error={errors.name}>
        {(control) => (
          <input {...control} name="name" type="text" autoComplete={auto('name')} maxLength={100} value={values.name} onChange={(e) => onChange('name', e.target.value)} />
        )}
      </Field>
      <Field id="contact-email" label={t('form.contact.email')} error={errors.email}>
        {(control) => (
          <input {...control} name="email" type="email" autoComplete={auto('email')} inputMode="email" value={values.email} onChange={(e) => onChange('email', e.target.value)} />
        )}
      </Field>
      <Field id="contact-phone" label={t('form.contact.phone')} hint={t('form.contact.phone.hint')} error={errors.phone}>
        {(control) => (
          <input {...control} name="phone" type="tel" autoComplete={auto('tel')} inputMode="tel" value={values.phone} onChange={(e) => onChange('phone', e.target.value)} />
        )}
      </Field>
    </fieldset>
  );
}
