import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError, type Violation } from '@/api/errors';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { getEnv } from '@/config/env';
import { prepareGuestProof, submitReport, useDraft, useOnline, type QueuedReport } from '@/features/offline';
import { useI18n } from '@/i18n/use-i18n';
import type { ReportReceipt } from '../api/create-report';
import { uploadAttachment } from '../api/attachments';
import { reportKeys } from '../api/query-keys';
import { reportPins } from '@/api/report-pins';
import {
  emptyForm,
  mapViolations,
  today,
  validateReportForm,
  type FieldErrors,
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
  | { kind: 'queued'; item: QueuedReport };

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

export function ReportForm({ asGuest, onSubmitted }: ReportFormProps) {
  const { t } = useI18n();
  const online = useOnline();
  const mapConfig = getEnv().map;
  const queryClient = useQueryClient();
  // Kept on the device while typing: a dropped connection or a killed tab loses nothing.
  const [values, setValues, clearDraft] = useDraft<FormValues>('report-form', emptyForm);
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [otherViolations, setOtherViolations] = useState<Violation[]>([]);
  const [failure, setFailure] = useState<{ detail?: string } | null>(null);
  const [pending, setPending] = useState(false);
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
    const error = errors[field];
    if (!error) return undefined;
    return 'key' in error ? t(error.key) : error.text;
  };

  const set = <K extends keyof FormValues>(name: K, value: FormValues[K]) =>
    setValues((prev) => ({ ...prev, [name]: value }));
  const update = (name: 'title' | 'description' | 'incidentDate' | 'address') =>
    (event: { target: { value: string } }) => set(name, event.target.value);

  const showErrors = (fieldErrors: FieldErrors, other: Violation[] = []) => {
    setErrors(fieldErrors);
    setOtherViolations(other);
    setSummaryShown((n) => n + 1);
  };

  const locate = () => {
    if (!('geolocation' in navigator)) return setLocating('failed');
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setValues((prev) => ({
          ...prev,
          latitude: position.coords.latitude.toFixed(6),
          longitude: position.coords.longitude.toFixed(6),
        }));
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

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setFailure(null);
    const result = validateReportForm(values, asGuest);
    if (!result.ok) {
      showErrors(result.errors);
      return;
    }
    setErrors({});
    setOtherViolations([]);
    setPending(true);
    try {
      const sent = await submitReport(result.body);
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
        const { fieldErrors, other } = mapViolations(error.violations);
        if (Object.keys(fieldErrors).length > 0 || other.length > 0) {
          showErrors(fieldErrors, other);
          return;
        }
      }
      setFailure({ detail: isApiError(error) ? error.problem?.detail : undefined });
      setSummaryShown((n) => n + 1);
    } finally {
      setPending(false);
    }
  };

  const hasErrors = Object.keys(errors).length > 0 || otherViolations.length > 0;

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

      <ReportTypeFields value={values.type} onChange={(type) => set('type', type)} />

      <Field id={ids.title} label={t('form.reportTitle')} hint={t('form.reportTitle.hint')} error={errorText('title')}>
        {(control) => (
          <input {...control} name="title" type="text" maxLength={150} required value={values.title} onChange={update('title')} />
        )}
      </Field>

      <SimilarReports text={values.title} place={{ kelurahanCode: values.kelurahanCode, latitude: values.latitude, longitude: values.longitude }} />

      <Field id={ids.description} label={t('form.description')} hint={t('form.description.hint')} error={errorText('description')}>
        {(control) => (
          <textarea {...control} name="description" rows={6} maxLength={5000} required value={values.description} onChange={update('description')} />
        )}
      </Field>

      <Field id={ids.categoryId} label={t('form.category')} hint={t('form.category.hint')} error={errorText('categoryId')}>
        {(control) => (
          <CategorySelect {...control} value={values.categoryId} onChange={(id) => set('categoryId', id)} emptyLabel={t('form.category.unknown')} />
        )}
      </Field>

      <Field id={ids.incidentDate} label={t('form.incidentDate')} hint={t('form.optional')} error={errorText('incidentDate')}>
        {(control) => (
          <input {...control} name="incidentDate" type="date" max={today()} value={values.incidentDate} onChange={update('incidentDate')} />
        )}
      </Field>

      <fieldset className="fieldset">
        <legend>{t('form.location')}</legend>
        <p className="field__hint">{t('form.location.hint')}</p>
        <AreaFields
          kecamatanCode={values.kecamatanCode}
          kelurahanCode={values.kelurahanCode}
          onChange={(codes) => setValues((prev) => ({ ...prev, ...codes }))}
          errors={{ kecamatan: errorText('location.kecamatanCode'), kelurahan: errorText('location.kelurahanCode') }}
        />
        <Field id={ids['location.address']} label={t('form.address')} hint={t('form.address.hint')} error={errorText('location.address')}>
          {(control) => (
            <input {...control} name="address" type="text" maxLength={300} value={values.address} onChange={update('address')} />
          )}
        </Field>
        {mapConfig && (
          <Suspense fallback={null}>
            <MapPicker
              config={mapConfig}
              latitude={values.latitude ? Number(values.latitude) : undefined}
              longitude={values.longitude ? Number(values.longitude) : undefined}
              onPick={(p) => setValues((prev) => ({ ...prev, latitude: String(p.latitude), longitude: String(p.longitude) }))}
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
              <button type="button" className="link-button" onClick={() => setValues((prev) => ({ ...prev, latitude: '', longitude: '' }))}>
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
        onChange={(name, checked) => set(name, checked)}
      />

      {asGuest && (
        <ContactFields
          legend={t('form.contact')}
          hint={t('form.contact.hint')}
          values={{ name: values.name, email: values.email, phone: values.phone }}
          onChange={(name, value) => set(name, value)}
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
            setFiles([]);
            setErrors({});
          }}
        >
          {t('form.clear')}
        </button>
      </div>
    </form>
  );
}
