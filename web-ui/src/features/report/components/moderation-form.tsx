import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { useI18n } from '@/i18n/use-i18n';
import { useReportAttachments, type Report } from '../api/get-report';
import { useReportAction, type ReportAction } from '../api/report-actions';
import { ActionForm } from './action-form';

type Errors = Record<string, string>;

/** The report's photos as checkboxes: which the public page may show, chosen after looking at them. */
export function PublicPhotoChoice({ reportId, chosen, onChange }: {
  reportId: string; chosen: string[] | null; onChange: (ids: string[]) => void;
}) {
  const { t } = useI18n();
  const attachments = useReportAttachments(reportId);
  const photos = (attachments.data ?? []).filter((a) => a.mediaType.startsWith('image/'));
  if (photos.length === 0) return null;
  const current = chosen ?? photos.filter((p) => p.public).map((p) => p.id);
  return (
    <fieldset className="fieldset" data-testid="public-photos">
      <legend>{t('moderation.photos')}</legend>
      <p className="field__hint">{t('moderation.photosHint')}</p>
      {photos.map((p) => (
        <label key={p.id} className="choice">
          <input
            type="checkbox"
            checked={current.includes(p.id)}
            onChange={(e) => onChange(e.target.checked ? [...current, p.id] : current.filter((id) => id !== p.id))}
          />
          <span>{p.filename}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * What the public reads of a report, as an admin edits it (FixMyStreet's moderation): the public
 * title and description, and the published photos. The reporter's own texts stay as written; the
 * API masks personal data in the new texts too and records the edit in the history.
 */
export function ModerationForm({ report }: { report: Report }) {
  const { t } = useI18n();
  const action = useReportAction(report.id);
  const [title, setTitle] = useState(report.publicTitle ?? report.title);
  const [description, setDescription] = useState(report.publicDescription ?? report.description);
  const [photos, setPhotos] = useState<string[] | null>(null);
  const [reason, setReason] = useState('');

  const build = (): ReportAction | Errors => {
    const errors: Errors = {};
    const publicTitle = title.trim();
    const publicDescription = description.trim();
    if (publicTitle.length < 5 || publicTitle.length > 200) errors.publicTitle = t('moderation.titleLength');
    if (publicDescription.length < 10 || publicDescription.length > 5000) errors.publicDescription = t('moderation.descriptionLength');
    if (Object.keys(errors).length > 0) return errors;
    const body = {
      ...(publicTitle !== (report.publicTitle ?? '') ? { publicTitle } : {}),
      ...(publicDescription !== (report.publicDescription ?? '') ? { publicDescription } : {}),
      ...(photos ? { publicPhotoIds: photos } : {}),
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    };
    if (!body.publicTitle && !body.publicDescription && !body.publicPhotoIds) return { publicTitle: t('moderation.nothing') };
    return { kind: 'moderate', body };
  };

  return (
    <ActionForm
      title={t('moderation.title')}
      submitLabel={t('moderation.submit')}
      testId="moderation-form"
      run={action.mutateAsync}
      onDone={() => { setPhotos(null); setReason(''); }}
      build={build}
    >
      {(errors) => (
        <>
          <p className="field__hint">{t('moderation.hint')}</p>
          <Field id={`moderation-title-${report.id}`} label={t('moderation.publicTitle')} error={errors.publicTitle}>
            {(control) => <input {...control} maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />}
          </Field>
          <Field id={`moderation-description-${report.id}`} label={t('moderation.publicDescription')} error={errors.publicDescription}>
            {(control) => (
              <textarea {...control} rows={4} maxLength={5000} value={description} onChange={(e) => setDescription(e.target.value)} />
            )}
          </Field>
          <PublicPhotoChoice reportId={report.id} chosen={photos} onChange={setPhotos} />
          {errors.publicPhotoIds && <p className="field__error">{errors.publicPhotoIds}</p>}
          <Field id={`moderation-reason-${report.id}`} label={t('moderation.reason')} error={errors.reason}>
            {(control) => <input {...control} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        </>
      )}
    </ActionForm>
  );
}
