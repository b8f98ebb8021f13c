import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { useI18n } from '@/i18n/use-i18n';
import { useEraseMyContact } from '../api/personal-data';
import { ConfirmErasure } from './confirm-erasure';
import { FailureAlert } from './failure-alert';
import '../my-data.css';

type EraseContactPanelProps = {
  reportId: string;
  /** Whether the report still holds the guest's name, email or phone. */
  hasContact: boolean;
};

/** A guest who opened the report with its PIN has it forget their contact details (UU 27/2022). */
export function EraseContactPanel({ reportId, hasContact }: EraseContactPanelProps) {
  const { t } = useI18n();
  const erase = useEraseMyContact(reportId);
  const [confirming, setConfirming] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (erase.isSuccess) result.current?.focus();
  }, [erase.isSuccess]);

  // Nothing to erase: the section only stays to show the answer once the contact is gone.
  if (!hasContact && !erase.data) return null;

  const cancel = () => {
    setConfirming(false);
    erase.reset();
    startButton.current?.focus();
  };

  return (
    <section aria-labelledby="erase-contact-heading" className="card my-data" data-testid="erase-contact">
      <h2 id="erase-contact-heading">{t('eraseContact.title')}</h2>
      {erase.data ? (
        <Alert
          tone="success"
          title={erase.data.reports > 0 ? t('eraseContact.done') : t('eraseContact.nothing')}
          ref={result}
          testId="erase-contact-done"
        >
          <p>{t('eraseContact.done.keep')}</p>
        </Alert>
      ) : (
        <>
          <p>{t('eraseContact.intro')}</p>
          <div className="actions">
            <button
              ref={startButton}
              type="button"
              className="button button--danger"
              aria-expanded={confirming}
              aria-controls={confirming ? 'erase-contact' : undefined}
              onClick={() => setConfirming(true)}
            >
              {t('eraseContact.start')}
            </button>
          </div>
          {confirming && (
            <ConfirmErasure
              id="erase-contact"
              title={t('eraseContact.confirmTitle')}
              confirmLabel={t('eraseContact.confirm')}
              pending={erase.isPending}
              onConfirm={() => erase.mutate(undefined, { onSuccess: () => setConfirming(false) })}
              onCancel={cancel}
              failure={erase.isError && <FailureAlert title={t('eraseContact.failed')} error={erase.error} testId="erase-contact-failed" />}
            >
              <ul>
                <li>{t('eraseContact.remove')}</li>
                <li>{t('eraseContact.keep')}</li>
                <li>{t('eraseContact.noNotices')}</li>
              </ul>
            </ConfirmErasure>
          )}
        </>
      )}
    </section>
  );
}
