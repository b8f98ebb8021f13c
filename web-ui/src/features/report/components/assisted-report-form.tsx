import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError, type Violation } from '@/api/errors';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { useI18n } from '@/i18n/use-i18n';
import { assistedChannels } from '@/lib/channels';
import type { FieldErrors } from '@/lib/violations';
import { useCreateAssistedReport, type ReportReceipt } from '../api/create-assisted-report';
import { reportKeys } from '../api/query-keys';
import {
  emptyAssisted,
  mapAssistedViolations,
  noticeLanguages,
  validateAssisted,
  type AssistedField,
  type AssistedValues,
} from '../utils/assisted-report-form';
import { today } from '../utils/report-form';
import { AreaFields } from './area-fields';
import { CategorySelect } from './category-select';
import { ContactFields, PrivacyFields, ReportTypeFields } from './report-fields';

type AssistedReportFormProps = { onEntered: (receipt: ReportReceipt, values: AssistedValues) => void };

/** One key per request body: a retry of the same body is recognised, a corrected body is a new request. */
function useIdempotencyKey() {
  const last = useRef<{ body: string; key: string } | null>(null);
  return (body: unknown) => {
    const json = JSON.stringify(body);
    if (last.current?.body !== json) last.current = { body: json, key: crypto.randomUUID() };
    return last.current.key;
  };
}

/**
 * The citizen's report form as an official fills it in for a complainant at the counter, on the phone or
 * from a social-media post. Nothing is kept on the device: the complainant's details are not the official's.
 */
export function AssistedReportForm({ onEntered }: AssistedReportFormProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const create = useCreateAssistedReport();
  const keyFor = useIdempotencyKey();
  const [values, setValues] = useState<AssistedValues>(emptyAssisted);
  const [errors, setErrors] = useState<FieldErrors<AssistedField>>({});
  const [other, setOther] = useState<Violation[]>([]);
  const [failure, setFailure] = useState<{ detail?: string } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [summaryShown, setSummaryShown] = useState(0);
  useEffect(() => {
    if (summaryShown > 0) summaryRef.current?.focus();
  }, [summaryShown]);

  const errorText = (field: AssistedField) => {
    const error = errors[field];
    if (!error) return undefined;
    return 'key' in error ? t(error.key) : error.text;
  };
  const set = <K extends keyof AssistedValues>(name: K, value: AssistedValues[K]) =>
    setValues((prev) => ({ ...prev, [name]: value }));
  const text = (name: 'title' | 'description' | 'incidentDate' | 'address' | 'sourceUrl') =>
    (event: { target: { value: string } }) => set(name, event.target.value);

  const showErrors = (fieldErrors: FieldErrors<AssistedField>, rest: Violation[] = []) => {
    setErrors(fieldErrors);
    setOther(rest);
    setFailure(null);
    setSummaryShown((n) => n + 1);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const result = validateAssisted(values);
    if (!result.ok) {
      showErrors(result.errors);
      return;
    }
    setErrors({});
    setOther([]);
    setFailure(null);
    create.mutate(
      { body: result.body, idempotencyKey: keyFor(result.body) },
      {
        onSuccess: (receipt) => {
          void queryClient.invalidateQueries({ queryKey: [...reportKeys.all, 'inbox'] });
          onEntered(receipt, values);
        },
        onError: (error) => {
          if (isApiError(error, 400) && error.violations.length > 0) {
            const { fieldErrors, other: rest } = mapAssistedViolations(error.violations);
            showErrors(fieldErrors, rest);
            return;
          }
          setFailure({ detail: isApiError(error) ? error.problem?.detail : undefined });
          setSummaryShown((n) => n + 1);
        },
      },
    );
  };

  const hasErrors = Object.keys(errors).length > 0 || other.length > 0;
  const channelError = errorText('channel');

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-busy={create.isPending}>
      {hasErrors && (
        <Alert tone="error" title={t('form.invalid')} ref={summaryRef} testId="form-errors">
          {other.length > 0 && (
            <ul>
              {other.map((v) => (
                <li key={`${v.field}:${v.message}`}>{v.message}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {failure && (
        <Alert tone="error" title={t('assisted.failed')} ref={summaryRef} testId="form-failed">
          {failure.detail && <p>{failure.detail}</p>}
        </Alert>
      )}

      <fieldset
        className={channelError ? 'fieldset field--invalid' : 'fieldset'}
        aria-describedby={channelError ? 'assisted-channel-error' : undefined}
      >
        <legend>{t('assisted.channel')}</legend>
        {channelError && (
          <p id="assisted-channel-error" className="field__error" data-testid="assisted-channel-error">
            {channelError}
          </p>
        )}
        <div className="choices">
          {assistedChannels.map((channel) => (
            <label key={channel} className="choice">
              <input
                type="radio"
                name="channel"
                value={channel}
                checked={values.channel === channel}
                onChange={() => set('channel', channel)}
              />
              <span>
                <strong>{t(`channel.${channel}`)}</strong>
                <span className="choice__hint">{t(`assisted.channel.${channel}.hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      {values.channel === 'SOCIAL_MEDIA' && (
        <Field id="assisted-source-url" label={t('assisted.sourceUrl')} hint={t('assisted.sourceUrl.hint')} error={errorText('sourceUrl')}>
          {(control) => (
            <input
              {...control}
              name="sourceUrl"
              type="url"
              inputMode="url"
              autoComplete="off"
              required
              aria-required="true"
              maxLength={2000}
              value={values.sourceUrl}
              onChange={text('sourceUrl')}
            />
          )}
        </Field>
      )}

      <ReportTypeFields value={values.type} onChange={(type) => set('type', type)} />

      <Field id="assisted-title" label={t('form.reportTitle')} hint={t('form.reportTitle.hint')} error={errorText('title')}>
        {(control) => (
          <input {...control} name="title" type="text" maxLength={150} required value={values.title} onChange={text('title')} />
        )}
      </Field>

      <Field id="assisted-description" label={t('form.description')} hint={t('assisted.description.hint')} error={errorText('description')}>
        {(control) => (
          <textarea {...control} name="description" rows={6} maxLength={5000} required value={values.description} onChange={text('description')} />
        )}
      </Field>

      <Field id="assisted-category" label={t('form.category')} hint={t('form.optional')} error={errorText('categoryId')}>
        {(control) => (
          <CategorySelect {...control} value={values.categoryId} onChange={(id) => set('categoryId', id)} emptyLabel={t('assisted.category.none')} />
        )}
      </Field>

      <Field id="assisted-incident-date" label={t('form.incidentDate')} hint={t('form.optional')} error={errorText('incidentDate')}>
        {(control) => (
          <input {...control} name="incidentDate" type="date" max={today()} value={values.incidentDate} onChange={text('incidentDate')} />
        )}
      </Field>

      <fieldset className="fieldset">
        <legend>{t('form.location')}</legend>
        <AreaFields
          kecamatanCode={values.kecamatanCode}
          kelurahanCode={values.kelurahanCode}
          onChange={(codes) => setValues((prev) => ({ ...prev, ...codes }))}
          errors={{ kecamatan: errorText('location.kecamatanCode'), kelurahan: errorText('location.kelurahanCode') }}
        />
        <Field id="assisted-address" label={t('form.address')} hint={t('form.address.hint')} error={errorText('location.address')}>
          {(control) => (
            <input {...control} name="address" type="text" maxLength={300} value={values.address} onChange={text('address')} />
          )}
        </Field>
      </fieldset>

      <PrivacyFields
        anonymous={values.anonymous}
        confidential={values.confidential}
        onChange={(name, checked) => set(name, checked)}
        forComplainant
      />

      <ContactFields
        legend={t('assisted.contact')}
        hint={t('assisted.contact.hint')}
        values={{ name: values.name, email: values.email, phone: values.phone }}
        onChange={(name, value) => set(name, value)}
        errors={{ name: errorText('contact.name'), email: errorText('contact.email'), phone: errorText('contact.phone') }}
        autoComplete={false}
      />

      <Field id="assisted-language" label={t('assisted.language')} hint={t('assisted.language.hint')} error={errorText('language')}>
        {(control) => (
          <select {...control} name="language" value={values.language} onChange={(e) => set('language', e.target.value as AssistedValues['language'])}>
            {noticeLanguages.map((language) => (
              <option key={language} value={language}>
                {t(`lang.${language}`)}
              </option>
            ))}
          </select>
        )}
      </Field>

      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('form.submitting') : t('assisted.submit')}
        </button>
      </div>
    </form>
  );
}
