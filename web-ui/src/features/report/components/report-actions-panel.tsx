import { useMemo, useState } from 'react';
import { Field } from '@/components/ui/field';
import { TreeOptions } from '@/components/ui/tree-options';
import { useAllAgencies, useSubUnits } from '@/features/agency/api/get-agencies';
import { useAllCategories } from '@/features/category/api/get-categories';
import { useI18n } from '@/i18n/use-i18n';
import type { Report } from '../api/get-report';
import { useSimilarReports } from '../api/similar-reports';
import { useReportAction, type ReportAction } from '../api/report-actions';
import { ActionForm } from './action-form';
import { CategorySelect } from './category-select';
import { PublicPhotoChoice } from './moderation-form';

type Errors = Record<string, string>;
const MAX_TEXT = 2000;

/** A required free text of at most `max` characters, or the error to show for `field`. */
function text(value: string, field: string, required: string, tooLong: string, max = MAX_TEXT): string | Errors {
  const v = value.trim();
  if (!v) return { [field]: required };
  if (v.length > max) return { [field]: tooLong };
  return v;
}

function TextArea({ id, label, hint, error, value, onChange, max = MAX_TEXT }: {
  id: string; label: string; hint?: string; error?: string; value: string; onChange: (v: string) => void; max?: number;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => <textarea {...control} rows={3} maxLength={max} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/** A reply to the reporter, or (for officials) an internal note that only officials see. */
export function MessageForm({ report, official }: { report: Report; official: boolean }) {
  const { t } = useI18n();
  const action = useReportAction(report.id);
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  return (
    <ActionForm
      title={official ? t('message.titleOfficial') : t('message.title')}
      submitLabel={internal ? t('message.sendNote') : t('message.send')}
      testId="message-form"
      run={action.mutateAsync}
      onDone={() => setBody('')}
      build={(): ReportAction | Errors => {
        const v = text(body, 'body', t('validation.required'), t('validation.tooLong', { max: 5000 }), 5000);
        return typeof v === 'string' ? { kind: 'message', body: { body: v, ...(official ? { internal } : {}) } } : v;
      }}
    >
      {(errors) => (
        <>
          <TextArea id={`message-${report.id}`} label={t('message.body')} error={errors.body} value={body} onChange={setBody} max={5000} />
          {official && (
            <fieldset className="fieldset fieldset--inline">
              <legend>{t('message.audience')}</legend>
              <label className="choice">
                <input type="radio" name="audience" checked={!internal} onChange={() => setInternal(false)} />
                <span>
                  <strong>{t('message.public')}</strong>
                  <span className="choice__hint">{t('message.public.hint')}</span>
                </span>
              </label>
              <label className="choice">
                <input type="radio" name="audience" checked={internal} onChange={() => setInternal(true)} />
                <span>
                  <strong>{t('message.internal')}</strong>
                  <span className="choice__hint">{t('message.internal.hint')}</span>
                </span>
              </label>
            </fieldset>
          )}
        </>
      )}
    </ActionForm>
  );
}

/** After resolution the reporter confirms with a rating, or disputes (which reopens the report). */
export function ReporterActions({ report }: { report: Report }) {
  const { t } = useI18n();
  const action = useReportAction(report.id);
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  if (report.status !== 'RESOLVED') return null;
  return (
    <div className="actions-grid">
      <ActionForm
        title={t('confirm.title')}
        submitLabel={t('confirm.submit')}
        testId="confirm-form"
        run={action.mutateAsync}
        build={(): ReportAction | Errors => {
          if (rating < 1) return { rating: t('confirm.ratingRequired') };
          return { kind: 'confirm', body: { rating, ...(comment.trim() ? { comment: comment.trim() } : {}) } };
        }}
      >
        {(errors) => (
          <>
            <fieldset className="fieldset fieldset--inline rating">
              <legend>{t('confirm.rating')}</legend>
              {errors.rating && <p className="field__error">{errors.rating}</p>}
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className="rating__option">
                  <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} />
                  <span>{t(`confirm.rating.${n as 1}`)}</span>
                </label>
              ))}
            </fieldset>
            <TextArea id="confirm-comment" label={t('confirm.comment')} hint={t('form.optional')} error={errors.comment} value={comment} onChange={setComment} />
          </>
        )}
      </ActionForm>
      <ActionForm
        title={t('dispute.title')}
        submitLabel={t('dispute.submit')}
        testId="dispute-form"
        tone="danger"
        run={action.mutateAsync}
        build={(): ReportAction | Errors => {
          const v = text(reason, 'reason', t('validation.required'), t('validation.tooLong', { max: MAX_TEXT }));
          return typeof v === 'string' ? { kind: 'dispute', body: { reason: v } } : v;
        }}
      >
        {(errors) => <TextArea id="dispute-reason" label={t('dispute.reason')} hint={t('dispute.hint')} error={errors.reason} value={reason} onChange={setReason} />}
      </ActionForm>
    </div>
  );
}

function AgencySelect({ id, label, error, value, onChange, agencies }: {
  id: string; label: string; error?: string; value: string; onChange: (v: string) => void;
  agencies: { id: string; name: string; parentId?: string | null; active: boolean }[];
}) {
  const { t } = useI18n();
  const active = useMemo(() => agencies.filter((a) => a.active), [agencies]);
  return (
    <Field id={id} label={label} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('forward.choose')}</option>
          <TreeOptions items={active} />
        </select>
      )}
    </Field>
  );
}

/** The admin's verification queue decisions: verify, hold, archive, forward. */
export function AdminActions({ report }: { report: Report }) {
  const { t } = useI18n();
  const action = useReportAction(report.id);
  const run = action.mutateAsync;
  const agencies = useAllAgencies();
  const categories = useAllCategories();
  const [categoryId, setCategoryId] = useState(report.categoryId ?? '');
  const [anonymous, setAnonymous] = useState(report.anonymous);
  const [confidential, setConfidential] = useState(report.confidential);
  const [publicPhotoIds, setPublicPhotoIds] = useState<string[] | null>(null);
  const [holdMessage, setHoldMessage] = useState('');
  const [reason, setReason] = useState<'OUT_OF_SCOPE' | 'DUPLICATE' | 'SPAM' | 'INCOMPLETE'>('DUPLICATE');
  const [search, setSearch] = useState(report.title);
  const [duplicateOf, setDuplicateOf] = useState('');
  const suggested = categories.data?.find((c) => c.id === report.categoryId)?.defaultAgencyId ?? '';
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  // The report's own place: duplicates nearby come first.
  const duplicates = useSimilarReports(
    {
      q: search.trim().slice(0, 200),
      size: 6,
      ...(report.location?.kelurahanCode ? { kelurahanCode: report.location.kelurahanCode } : {}),
      ...(report.location?.latitude != null && report.location?.longitude != null ? { lat: report.location.latitude, lng: report.location.longitude } : {}),
    },
    { enabled: reason === 'DUPLICATE' && search.trim().length >= 3 },
  );
  const status = report.status;

  return (
    <div className="actions-grid">
      {(status === 'SUBMITTED' || status === 'ON_HOLD') && (
        <ActionForm
          title={t('verify.title')}
          submitLabel={t('verify.submit')}
          testId="verify-form"
          run={run}
          build={(): ReportAction | Errors => ({
            kind: 'verify',
            body: { ...(categoryId ? { categoryId } : {}), anonymous, confidential, ...(publicPhotoIds && !confidential ? { publicPhotoIds } : {}) },
          })}
        >
          {(errors) => (
            <>
              <Field id="verify-category" label={t('form.category')} error={errors.categoryId}>
                {(control) => <CategorySelect {...control} value={categoryId} onChange={setCategoryId} emptyLabel={t('verify.noCategory')} />}
              </Field>
              <label className="choice">
                <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
                <span><strong>{t('form.anonymous')}</strong></span>
              </label>
              <label className="choice">
                <input type="checkbox" checked={confidential} onChange={(e) => setConfidential(e.target.checked)} />
                <span><strong>{t('form.confidential')}</strong></span>
              </label>
              {/* Photos stay private until the admin, having looked at them, publishes some. */}
              {!confidential && <PublicPhotoChoice reportId={report.id} chosen={publicPhotoIds} onChange={setPublicPhotoIds} />}
              {errors.publicPhotoIds && <p className="field__error">{errors.publicPhotoIds}</p>}
            </>
          )}
        </ActionForm>
      )}
      {status === 'VERIFIED' && (
        <ActionForm
          title={t('forward.title')}
          submitLabel={t('forward.submit')}
          testId="forward-form"
          run={run}
          onDone={() => setNote('')}
          build={(): ReportAction | Errors => {
            const target = agencyId ?? suggested;
            if (!target) return { agencyId: t('forward.required') };
            return { kind: 'forward', body: { agencyId: target, ...(note.trim() ? { note: note.trim() } : {}) } };
          }}
        >
          {(errors) => (
            <>
              <AgencySelect id="forward-agency" label={t('forward.agency')} error={errors.agencyId} value={agencyId ?? suggested} onChange={setAgencyId} agencies={agencies.data ?? []} />
              {suggested && (agencyId === null || agencyId === suggested) && <p className="field__hint">{t('forward.suggested')}</p>}
              <TextArea id="forward-note" label={t('forward.note')} hint={t('forward.note.hint')} error={errors.note} value={note} onChange={setNote} />
            </>
          )}
        </ActionForm>
      )}
      {(status === 'SUBMITTED' || status === 'VERIFIED') && (
        <ActionForm
          title={t('hold.title')}
          submitLabel={t('hold.submit')}
          testId="hold-form"
          run={run}
          build={(): ReportAction | Errors => {
            const v = text(holdMessage, 'message', t('validation.required'), t('validation.tooLong', { max: MAX_TEXT }));
            return typeof v === 'string' ? { kind: 'hold', body: { message: v } } : v;
          }}
        >
          {(errors) => <TextArea id="hold-message" label={t('hold.message')} hint={t('hold.hint')} error={errors.message} value={holdMessage} onChange={setHoldMessage} />}
        </ActionForm>
      )}
      {(status === 'SUBMITTED' || status === 'ON_HOLD' || status === 'VERIFIED') && (
        <ActionForm
          title={t('archive.title')}
          submitLabel={t('archive.submit')}
          testId="archive-form"
          tone="danger"
          run={run}
          build={(): ReportAction | Errors => {
            if (reason === 'DUPLICATE' && !duplicateOf) return { duplicateOf: t('archive.duplicateRequired') };
            return { kind: 'archive', body: { reason, ...(reason === 'DUPLICATE' ? { duplicateOf } : {}) } };
          }}
        >
          {(errors) => (
            <>
              <Field id="archive-reason" label={t('archive.reason')} error={errors.reason}>
                {(control) => (
                  <select {...control} value={reason} onChange={(e) => setReason(e.target.value as typeof reason)}>
                    {(['DUPLICATE', 'OUT_OF_SCOPE', 'SPAM', 'INCOMPLETE'] as const).map((r) => (
                      <option key={r} value={r}>{t(`archive.${r}`)}</option>
                    ))}
                  </select>
                )}
              </Field>
              {reason === 'DUPLICATE' && (
                <>
                  <Field id="archive-search" label={t('archive.search')} hint={t('archive.search.hint')}>
                    {(control) => <input {...control} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
                  </Field>
                  <fieldset className="fieldset">
                    <legend>{t('archive.duplicateOf')}</legend>
                    {errors.duplicateOf && <p className="field__error">{errors.duplicateOf}</p>}
                    {duplicates.isFetching && <p className="muted">{t('common.loading')}</p>}
                    {duplicates.data?.filter((r) => r.id !== report.id).map((r) => (
                      <label key={r.id} className="choice">
                        <input type="radio" name="duplicateOf" value={r.id} checked={duplicateOf === r.id} onChange={() => setDuplicateOf(r.id)} />
                        <span>
                          <strong>{r.title}</strong>
                          <span className="choice__hint">{r.trackingCode} · {t(`status.${r.status}`)}</span>
                        </span>
                      </label>
                    ))}
                    {duplicates.data && duplicates.data.filter((r) => r.id !== report.id).length === 0 && (
                      <p className="muted">{t('archive.noMatches')}</p>
                    )}
                  </fieldset>
                </>
              )}
            </>
          )}
        </ActionForm>
      )}
    </div>
  );
}

/** The agency's work on a report: follow up, pass to a sub-unit, return, resolve. */
export function OfficerActions({ report }: { report: Report }) {
  const { t } = useI18n();
  const run = useReportAction(report.id).mutateAsync;
  const subUnits = useSubUnits(report.currentAgencyId);
  const [followUp, setFollowUp] = useState('');
  const [subUnit, setSubUnit] = useState('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [resolution, setResolution] = useState('');
  if (report.status !== 'FORWARDED' && report.status !== 'IN_PROGRESS') return null;
  const units = subUnits.data?.filter((a) => a.active) ?? [];

  return (
    <div className="actions-grid">
      <ActionForm
        title={t('followUp.title')}
        submitLabel={t('followUp.submit')}
        testId="follow-up-form"
        run={run}
        onDone={() => setFollowUp('')}
        build={(): ReportAction | Errors => {
          const v = text(followUp, 'message', t('validation.required'), t('validation.tooLong', { max: 5000 }), 5000);
          return typeof v === 'string' ? { kind: 'followUp', body: { message: v } } : v;
        }}
      >
        {(errors) => <TextArea id="follow-up-message" label={t('followUp.message')} hint={t('followUp.hint')} error={errors.message} value={followUp} onChange={setFollowUp} max={5000} />}
      </ActionForm>
      {report.status === 'IN_PROGRESS' && (
        <ActionForm
          title={t('resolve.title')}
          submitLabel={t('resolve.submit')}
          testId="resolve-form"
          run={run}
          build={(): ReportAction | Errors => {
            const v = text(resolution, 'resolution', t('validation.required'), t('validation.tooLong', { max: 5000 }), 5000);
            return typeof v === 'string' ? { kind: 'resolve', body: { resolution: v } } : v;
          }}
        >
          {(errors) => <TextArea id="resolution" label={t('resolve.resolution')} hint={t('resolve.hint')} error={errors.resolution} value={resolution} onChange={setResolution} max={5000} />}
        </ActionForm>
      )}
      {units.length > 0 && (
        <ActionForm
          title={t('forwardSub.title')}
          submitLabel={t('forward.submit')}
          testId="forward-sub-form"
          run={run}
          build={(): ReportAction | Errors => (subUnit ? { kind: 'forward', body: { agencyId: subUnit, ...(note.trim() ? { note: note.trim() } : {}) } } : { agencyId: t('forward.required') })}
        >
          {(errors) => (
            <>
              <AgencySelect id="forward-sub-agency" label={t('forwardSub.agency')} error={errors.agencyId} value={subUnit} onChange={setSubUnit} agencies={units.map((u) => ({ ...u, parentId: null }))} />
              <TextArea id="forward-sub-note" label={t('forward.note')} hint={t('forward.note.hint')} error={errors.note} value={note} onChange={setNote} />
            </>
          )}
        </ActionForm>
      )}
      <ActionForm
        title={t('return.title')}
        submitLabel={t('return.submit')}
        testId="return-form"
        tone="danger"
        run={run}
        build={(): ReportAction | Errors => {
          const v = text(reason, 'reason', t('validation.required'), t('validation.tooLong', { max: MAX_TEXT }));
          return typeof v === 'string' ? { kind: 'return', body: { reason: v } } : v;
        }}
      >
        {(errors) => <TextArea id="return-reason" label={t('return.reason')} hint={t('return.hint')} error={errors.reason} value={reason} onChange={setReason} />}
      </ActionForm>
    </div>
  );
}
