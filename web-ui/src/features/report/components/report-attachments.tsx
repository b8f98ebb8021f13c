import { useEffect, useState } from 'react';
import { Loading } from '@/components/ui/loading';
import { useI18n } from '@/i18n/use-i18n';
import { saveObjectUrl } from '@/lib/save-file';
import { attachmentObjectUrl, useUploadAttachment } from '../api/attachments';
import { useReportAttachments, type Attachment } from '../api/get-report';
import { AttachmentPicker } from './attachment-picker';

/** One file: images inline (fetched with the caller's credentials), PDFs as a download link. */
function AttachmentItem({ reportId, attachment }: { reportId: string; attachment: Attachment }) {
  const { t, formatNumber } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const isImage = attachment.mediaType.startsWith('image/');
  useEffect(() => {
    if (!isImage) return;
    let objectUrl: string | undefined;
    let cancelled = false;
    attachmentObjectUrl(reportId, attachment.id)
      .then((u) => (cancelled ? URL.revokeObjectURL(u) : setUrl((objectUrl = u))))
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [reportId, attachment.id, isImage]);

  const download = async () => saveObjectUrl(await attachmentObjectUrl(reportId, attachment.id), attachment.filename);

  return (
    <li className="attachments__item">
      {isImage && url ? (
        <a href={url} target="_blank" rel="noreferrer">
          <img src={url} alt={t('attachments.photo', { name: attachment.filename })} className="attachments__thumb" />
        </a>
      ) : (
        <span className="attachments__thumb attachments__thumb--doc" aria-hidden="true">
          {isImage ? (failed ? '!' : '…') : 'PDF'}
        </span>
      )}
      <span className="attachments__name">
        {attachment.filename}{' '}
        <span className="muted">
          ({formatNumber(Math.ceil(attachment.size / 1024))} KB · {t(`role.${attachment.uploaderRole}`)})
        </span>
      </span>
      {!isImage && (
        <button type="button" className="button button--small button--secondary" onClick={() => void download()}>
          {t('attachments.download')}
        </button>
      )}
    </li>
  );
}

/** The report's files, and (for those who may) a picker to add more. */
export function ReportAttachments({ reportId, canAdd }: { reportId: string; canAdd: boolean }) {
  const { t } = useI18n();
  const attachments = useReportAttachments(reportId);
  const upload = useUploadAttachment(reportId);
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    setError(null);
    for (const file of files) {
      try {
        await upload.mutateAsync(file);
      } catch (e) {
        setError(e instanceof Error ? e.message : t('form.failed'));
        return;
      }
    }
    setFiles([]);
  };

  if (attachments.isPending) return <Loading label={t('common.loading')} />;
  const items = attachments.data ?? [];
  return (
    <section aria-labelledby="attachments-title" className="card">
      <h2 id="attachments-title">{t('attachments.title')}</h2>
      {attachments.isError && <p className="field__error">{t('attachments.loadFailed')}</p>}
      {items.length === 0 ? (
        <p className="muted">{t('attachments.none')}</p>
      ) : (
        <ul className="attachments">
          {items.map((a) => (
            <AttachmentItem key={a.id} reportId={reportId} attachment={a} />
          ))}
        </ul>
      )}
      {canAdd && items.length < 5 && (
        <>
          <AttachmentPicker files={files} onChange={setFiles} disabled={upload.isPending} />
          {error && <p className="field__error" role="alert">{error}</p>}
          {files.length > 0 && (
            <button type="button" className="button" onClick={() => void send()} disabled={upload.isPending}>
              {upload.isPending ? t('form.submitting') : t('attachments.upload')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
