import { useEffect, useId, useMemo, useState } from 'react';
import { useI18n } from '@/i18n/use-i18n';
import { downscaleImage } from '../utils/downscale-image';

export const MAX_FILES = 5;
export const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf';

type AttachmentPickerProps = { files: File[]; onChange: (files: File[]) => void; disabled?: boolean };

/** Photos (shrunk in the browser before upload) and PDFs, with a preview and a remove button each. */
export function AttachmentPicker({ files, onChange, disabled }: AttachmentPickerProps) {
  const { t, formatNumber } = useI18n();
  const inputId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const previews = useMemo(
    () => files.map((file) => (file.type.startsWith('image/') ? URL.createObjectURL(file) : null)),
    [files],
  );
  useEffect(() => () => previews.forEach((url) => url && URL.revokeObjectURL(url)), [previews]);

  const add = async (picked: FileList | null) => {
    if (!picked) return;
    setProblem(null);
    setBusy(true);
    const next = [...files];
    for (const file of Array.from(picked)) {
      if (next.length >= MAX_FILES) {
        setProblem(t('attachments.tooMany', { max: MAX_FILES }));
        break;
      }
      if (!ACCEPT.split(',').includes(file.type)) {
        setProblem(t('attachments.wrongType', { name: file.name }));
        continue;
      }
      const small = await downscaleImage(file);
      if (small.size > MAX_BYTES) {
        setProblem(t('attachments.tooLarge', { name: file.name }));
        continue;
      }
      next.push(small);
    }
    setBusy(false);
    onChange(next);
  };

  return (
    <div className="field">
      <label htmlFor={inputId}>{t('attachments.label')}</label>
      <p id={`${inputId}-hint`} className="field__hint">
        {t('attachments.hint', { max: MAX_FILES })}
      </p>
      {problem && (
        <p className="field__error" role="alert" data-testid="attachment-error">
          {problem}
        </p>
      )}
      <input
        id={inputId}
        type="file"
        accept={ACCEPT}
        multiple
        aria-describedby={`${inputId}-hint`}
        disabled={disabled || busy || files.length >= MAX_FILES}
        onChange={(e) => {
          void add(e.target.files);
          e.target.value = '';
        }}
      />
      {busy && <p className="field__hint">{t('attachments.preparing')}</p>}
      {files.length > 0 && (
        <ul className="attachments" aria-label={t('attachments.chosen')}>
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`} className="attachments__item">
              {previews[index] ? (
                <img src={previews[index]!} alt="" className="attachments__thumb" />
              ) : (
                <span className="attachments__thumb attachments__thumb--doc" aria-hidden="true">
                  PDF
                </span>
              )}
              <span className="attachments__name">
                {file.name} <span className="muted">({formatNumber(Math.ceil(file.size / 1024))} KB)</span>
              </span>
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => onChange(files.filter((_, i) => i !== index))}
                aria-label={t('attachments.remove', { name: file.name })}
              >
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
