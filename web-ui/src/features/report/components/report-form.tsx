import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isApiError, type Violation } from '@/api/errors';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { useI18n } from '@/i18n/use-i18n';
import { useCreateReport, type ReportReceipt } from '../api/create-report';
import {
  emptyForm,
  mapViolations,
  reportTypes,
  validateReportForm,
  type FieldErrors,
  type FormField,
  type FormValues,
} from '../utils/report-form';

type ReportFormProps = {
  /** Guests may leave contact details; a logged-in citizen is identified by the token. */
  asGuest: boolean;
  onSuccess: (receipt: ReportReceipt) => void;
};

const ids: Record<FormField, string> = {
  type: 'report-type',
  title: 'report-title',
  description: 'report-description',
  'contact.name': 'contact-name',
  'contact.email': 'contact-email',
  'contact.phone': 'contact-phone',
};

export function ReportForm({ asGuest, onSuccess }: ReportFormProps) {
  const { t } = useI18n();
  const createReport = useCreateReport();
  const [values, setValues] = useState<FormValues>(emptyForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [otherViolations, setOtherViolations] = useState<Violation[]>([]);
  const [failure, setFailure] = useState<{ detail?: string } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Bumped whenever a new error summary is shown, so focus moves there once it has rendered.
  const [summaryShown, setSummaryShown] = useState(0);
  useEffect(() => {
    if (summaryShown > 0) summaryRef.current?.focus();
  }, [summaryShown]);

  const errorText = (field: FormField) => {
    const error = errors[field];
    if (!error) return undefined;
    return 'key' in error ? t(error.key) : error.text;
  };

  const update = (name: keyof FormValues) => (event: { target: { value: string } }) =>
    setValues((prev) => ({ ...prev, [name]: event.target.value }));

  const showErrors = (fieldErrors: FieldErrors, other: Violation[] = []) => {
    setErrors(fieldErrors);
    setOtherViolations(other);
    setSummaryShown((n) => n + 1);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const result = validateReportForm(values, asGuest);
    if (!result.ok) {
      showErrors(result.errors);
      return;
    }
    setErrors({});
    setOtherViolations([]);
    createReport.mutate(result.body, {
      onSuccess,
      onError: (error) => {
        if (isApiError(error, 400)) {
          const { fieldErrors, other } = mapViolations(error.violations);
          if (Object.keys(fieldErrors).length > 0 || other.length > 0) {
            showErrors(fieldErrors, other);
            return;
          }
        }
        setFailure({ detail: isApiError(error) ? error.problem?.detail : undefined });
        setSummaryShown((n) => n + 1);
      },
    });
  };

  const hasErrors = Object.keys(errors).length > 0 || otherViolations.length > 0;
  const pending = createReport.isPending;

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-busy={pending}>
      {hasErrors && (
        <Alert tone="error" title={t('form.invalid')} ref={summaryRef} testId="form-errors">
          {otherViolations.length > 0 && (
            <ul>
              {otherViolations.map((v) => (
                <li key={`${v.field}:${v.message}`}>{v.message}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {failure && (
        <Alert tone="error" title={t('form.failed')} ref={summaryRef} testId="form-failed">
          {failure.detail && <p>{failure.detail}</p>}
        </Alert>
      )}

      <Field id={ids.type} label={t('form.type')} hint={t('form.type.hint')} error={errorText('type')}>
        {(control) => (
          <select {...control} name="type" value={values.type} onChange={update('type')}>
            {reportTypes.map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field id={ids.title} label={t('form.reportTitle')} hint={t('form.reportTitle.hint')} error={errorText('title')}>
        {(control) => (
          <input {...control} name="title" type="text" maxLength={150} required value={values.title} onChange={update('title')} />
        )}
      </Field>

      <Field
        id={ids.description}
        label={t('form.description')}
        hint={t('form.description.hint')}
        error={errorText('description')}
      >
        {(control) => (
          <textarea
            {...control}
            name="description"
            rows={6}
            maxLength={5000}
            required
            value={values.description}
            onChange={update('description')}
          />
        )}
      </Field>

      {asGuest && (
        <fieldset className="fieldset">
          <legend>{t('form.contact')}</legend>
          <p className="field__hint">{t('form.contact.hint')}</p>
          <Field id={ids['contact.name']} label={t('form.contact.name')} error={errorText('contact.name')}>
            {(control) => (
              <input {...control} name="name" type="text" autoComplete="name" maxLength={100} value={values.name} onChange={update('name')} />
            )}
          </Field>
          <Field id={ids['contact.email']} label={t('form.contact.email')} error={errorText('contact.email')}>
            {(control) => (
              <input {...control} name="email" type="email" autoComplete="email" inputMode="email" value={values.email} onChange={update('email')} />
            )}
          </Field>
          <Field
            id={ids['contact.phone']}
            label={t('form.contact.phone')}
            hint={t('form.contact.phone.hint')}
            error={errorText('contact.phone')}
          >
            {(control) => (
              <input {...control} name="phone" type="tel" autoComplete="tel" inputMode="tel" value={values.phone} onChange={update('phone')} />
            )}
          </Field>
        </fieldset>
      )}

      <button type="submit" className="button" disabled={pending}>
        {pending ? t('form.submitting') : t('form.submit')}
      </button>
    </form>
  );
}
