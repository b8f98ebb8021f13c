import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { isApiError, type Violation } from '@/api/errors';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { getEnv } from '@/config/env';
import { prepareGuestProof } from '@/features/offline/api/guest-proof';
import { submitReport, type SubmitResult } from '@/features/offline/api/outbox';
import type { ReportReceipt } from '@/features/offline/api/post-report';
import { useDraft } from '@/features/offline/hooks/use-draft';
import { useOnline } from '@/features/offline/hooks/use-online';
import type { MessageKey } from '@/i18n/translate';
import { useI18n } from '@/i18n/use-i18n';
import { mapViolations } from '@/lib/violations';
import { uploadAttachment } from '../api/attachments';
import { reportKeys } from '../api/query-keys';
import { reportPins } from '@/api/report-pins';
import {
  emptyForm,
  formFields,
  reportFormSchema,
  today,
  toSubmission,
  valueOfField,
  type FormField,
  type FormValues,
} from '../utils/report-form';
import { AreaFields } from './area-fields';
import { AttachmentPicker } from './attachment-picker';
import { CategorySelect } from './category-select';
import { ContactFields, PrivacyFields, ReportTypeFields } from './report-fields';
import { SimilarReports } from './similar-reports';

// Only cities with a tile server download the map's code.
const MapPicker = lazy(() => import('./map-picker'));

export type SubmittedReport =
  | { kind: 'sent'; receipt: ReportReceipt; failedUploads: number }
  | Extract<SubmitResult, { kind: 'queued' }>;

type ReportFormProps = {
  /** Guests may leave contact details; a logged-in citizen is identified by the token. */
  asGuest: boolean;
  onSubmitted: (result: SubmittedReport) => void;
};

const ids: Record<FormField, string> = {
  type: 'report-type',
  title: 'report-title',
  description: 'report-description',
  categoryId: 'report-category',
  incidentDate: 'report-incident-date',
  'location.kecamatanCode': 'report-area-3',
  'location.kelurahanCode': 'report-area-4',
  'location.address': 'report-address',
  'location.latitude': 'report-coordinates',
  'location.longitude': 'report-coordinates',
  // The contact fields' ids are ContactFields' own.
  'contact.name': 'contact-name',
  'contact.email': 'contact-email',
  'contact.phone': 'contact-phone',
};

/** The type of the errors that came from the API: their messages are its text, not dictionary keys. */
const FROM_SERVER = 'server';

export function ReportForm({ asGuest, onSubmitted }: ReportFormProps) {
  const { t } = useI18n();
  const online = useOnline();
  const mapConfig = getEnv().map;
  const queryClient = useQueryClient();
  // Kept on the device while typing: a dropped connection or a killed tab loses nothing.
  const [draft, saveDraft, clearDraft] = useDraft<FormValues>('report-form', emptyForm);
  const { control: formControl, register, handleSubmit, setValue, setError, reset, subscribe, formState } = useForm<FormValues>({
    defaultValues: draft,
    resolver: zodResolver(reportFormSchema(asGuest)),
    // Checked when sent, as the server checks it; the summary above the form takes the focus, not the first field.
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  // Every field has its default (the draft's or the empty form's), so no value is missing.
  const values = useWatch({ control: formControl }) as FormValues;
  // Every change by the user; a reset (the form cleared or sent) has no field name and is not a draft.
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ name, values: changed }) => {
          if (name) saveDraft({ ...changed });
        },
      }),
    [subscribe, saveDraft],
  );
  const { errors, isSubmitting: pending } = formState;
  const [files, setFiles] = useState<File[]>([]);
  const [otherViolations, setOtherViolations] = useState<Violation[]>([]);
  const [failure, setFailure] = useState<{ detail?: string } | null>(null);
  const [locating, setLocating] = useState<'idle' | 'busy' | 'failed'>('idle');
  const summaryRef = useRef<HTMLDivElement>(null);
  // Bumped whenever a new error summary is shown, so focus moves there once it has rendered.
  const [summaryShown, setSummaryShown] = useState(0);
  useEffect(() => {
    if (summaryShown > 0) summaryRef.current?.focus();
  }, [summaryShown]);
  // A guest's anti-spam stamp is made in the background while the form is filled in (ADR 0021).
  useEffect(() => {
    if (asGuest) prepareGuestProof();
  }, [asGuest]);

  const errorText = (field: FormField) => {
    const error = errors[valueOfField[field]];
    if (!error?.message) return undefined;
    return error.type === FROM_SERVER ? error.message : t(error.message as MessageKey);
  };

  const locate = () => {
    if (!('geolocation' in navigator)) return setLocating('failed');
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setValue('latitude', position.coords.latitude.toFixed(6));
        setValue('longitude', position.coords.longitude.toFixed(6));
        setLocating('idle');
      },
      () => setLocating('failed'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  /** Attachments go up one by one after the report exists; a failure does not undo the report. */
  const upload = async (receipt: ReportReceipt): Promise<number> => {
    // The access key, never held back, rather than the PIN (ADR 0025).
    const secret = receipt.accessKey ?? receipt.pin;
    if (secret) reportPins.set(receipt.id, secret);
    let failed = 0;
    for (const file of files) {
      try {
        await uploadAttachment(receipt.id, file);
      } catch {
        failed += 1;
      }
    }
    return failed;
  };

  const send = async (checked: FormValues) => {
    setFailure(null);
    setOtherViolations([]);
    try {
      const sent = await submitReport(toSubmission(checked, asGuest));
      if (sent.kind === 'queued') {
        clearDraft();
        onSubmitted({ kind: 'queued', item: sent.item });
        return;
      }
      const failedUploads = await upload(sent.receipt);
      clearDraft();
      void queryClient.invalidateQueries({ queryKey: reportKeys.mine() });
      onSubmitted({ kind: 'sent', receipt: sent.receipt, failedUploads });
    } catch (error) {
      if (isApiError(error, 400)) {
        const { fieldErrors, other } = mapViolations(formFields, error.violations);
        if (Object.keys(fieldErrors).length > 0 || other.length > 0) {
          for (const field of formFields) {
            const fieldError = fieldErrors[field];
            if (fieldError && 'text' in fieldError) setError(valueOfField[field], { type: FROM_SERVER, message: fieldError.text });
          }
          setOtherViolations(other);
          setSummaryShown((n) => n + 1);
          return;
        }
      }
      setFailure({ detail: isApiError(error) ? error.problem?.detail : undefined });
      setSummaryShown((n) => n + 1);
    }
  };

  const showInvalid = () => {
    setFailure(null);
    setOtherViolations([]);
    setSummaryShown((n) => n + 1);
  };

  const hasErrors = Object.keys(errors).length > 0 || otherViolations.length > 0;

  return (
    <form className="form" noValidate onSubmit={pending ? (event) => event.preventDefault() : handleSubmit(send, showInvalid)} aria-busy={pending}>
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

      <ReportTypeFields value={values.type} onChange={(type) => setValue('type', type)} />

      <Field id={ids.title} label={t('form.reportTitle')} hint={t('form.reportTitle.hint')} error={errorText('title')}>
        {(control) => (
          <input {...control} {...register('title')} type="text" maxLength={150} required />
        )}
      </Field>

      <SimilarReports text={values.title} place={{ kelurahanCode: values.kelurahanCode, latitude: values.latitude, longitude: values.longitude }} />

      <Field id={ids.description} label={t('form.description')} hint={t('form.description.hint')} error={errorText('description')}>
        {(control) => (
          <textarea {...control} {...register('description')} rows={6} maxLength={5000} required />
        )}
      </Field>

      <Field id={ids.categoryId} label={t('form.category')} hint={t('form.category.hint')} error={errorText('categoryId')}>
        {(control) => (
          <CategorySelect {...control} value={values.categoryId} onChange={(id) => setValue('categoryId', id)} emptyLabel={t('form.category.unknown')} />
        )}
      </Field>

      <Field id={ids.incidentDate} label={t('form.incidentDate')} hint={t('form.optional')} error={errorText('incidentDate')}>
        {(control) => (
          <input {...control} {...register('incidentDate')} type="date" max={today()} />
        )}
      </Field>

      <fieldset className="fieldset">
        <legend>{t('form.location')}</legend>
        <p className="field__hint">{t('form.location.hint')}</p>
        <AreaFields
          kecamatanCode={values.kecamatanCode}
          kelurahanCode={values.kelurahanCode}
          onChange={(codes) => {
            setValue('kecamatanCode', codes.kecamatanCode);
            setValue('kelurahanCode', codes.kelurahanCode);
          }}
          errors={{ kecamatan: errorText('location.kecamatanCode'), kelurahan: errorText('location.kelurahanCode') }}
        />
        <Field id={ids['location.address']} label={t('form.address')} hint={t('form.address.hint')} error={errorText('location.address')}>
          {(control) => (
            <input {...control} {...register('address')} type="text" maxLength={300} />
          )}
        </Field>
        {mapConfig && (
          <Suspense fallback={null}>
            <MapPicker
              config={mapConfig}
              latitude={values.latitude ? Number(values.latitude) : undefined}
              longitude={values.longitude ? Number(values.longitude) : undefined}
              onPick={(p) => {
                setValue('latitude', String(p.latitude));
                setValue('longitude', String(p.longitude));
              }}
            />
          </Suspense>
        )}
        <div className="field" id={ids['location.latitude']}>
          <button type="button" className="button button--secondary button--small" onClick={locate} disabled={locating === 'busy'}>
            {locating === 'busy' ? t('form.locate.busy') : t('form.locate')}
          </button>
          {values.latitude && values.longitude && (
            <p className="field__hint" data-testid="coordinates">
              {t('form.locate.done', { lat: values.latitude, lng: values.longitude })}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setValue('latitude', '');
                  setValue('longitude', '');
                }}
              >
                {t('common.remove')}
              </button>
            </p>
          )}
          {locating === 'failed' && <p className="field__error">{t('form.locate.failed')}</p>}
          {errorText('location.latitude') && <p className="field__error">{errorText('location.latitude')}</p>}
        </div>
      </fieldset>

      {online ? (
        <AttachmentPicker files={files} onChange={setFiles} disabled={pending} />
      ) : (
        <p className="field__hint">{t('attachments.offline')}</p>
      )}

      <PrivacyFields
        anonymous={values.anonymous}
        confidential={values.confidential}
        onChange={(name, checked) => setValue(name, checked)}
      />

      {asGuest && (
        <ContactFields
          legend={t('form.contact')}
          hint={t('form.contact.hint')}
          values={{ name: values.name, email: values.email, phone: values.phone }}
          onChange={(name, value) => setValue(name, value)}
          errors={{ name: errorText('contact.name'), email: errorText('contact.email'), phone: errorText('contact.phone') }}
        />
      )}

      {!online && (
        <Alert tone="info" testId="offline-submit-note">
          <p>{t('form.offline')}</p>
        </Alert>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('form.submitting') : online ? t('form.submit') : t('form.submitOffline')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={pending}
          onClick={() => {
            clearDraft();
            reset(emptyForm);
            setFiles([]);
          }}
        >
          {t('form.clear')}
        </button>
      </div>
    </form>
  );
}
