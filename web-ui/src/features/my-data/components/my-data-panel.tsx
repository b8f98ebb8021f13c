import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { useI18n } from '@/i18n/use-i18n';
import { useEraseMyData, useExportMyData } from '../api/personal-data';
import { accountConsoleUrl } from '../utils/account-url';
import { ConfirmErasure } from './confirm-erasure';
import { FailureAlert } from './failure-alert';
import '../my-data.css';

/** A logged-in citizen's rights under UU 27/2022: a copy of everything held about them, and erasure. */
export function MyDataPanel() {
  const { t, formatNumber } = useI18n();
  const download = useExportMyData();
  const erase = useEraseMyData();
  const [confirming, setConfirming] = useState(false);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const result = useRef<HTMLDivElement>(null);

  // The counts replace the buttons: the focus goes to them so that nobody is left on a vanished button.
  useEffect(() => {
    if (erase.isSuccess) result.current?.focus();
  }, [erase.isSuccess]);

  const cancel = () => {
    setConfirming(false);
    erase.reset();
    eraseButton.current?.focus();
  };

  return (
    <section aria-labelledby="my-data-title" className="card my-data" data-testid="my-data">
      <h2 id="my-data-title">{t('myData.title')}</h2>
      <p>{t('myData.intro')}</p>

      <div className="actions">
        <button type="button" className="button button--secondary" disabled={download.isPending} onClick={() => download.mutate()}>
          {download.isPending ? t('myData.download.busy') : t('myData.download')}
        </button>
        {!erase.isSuccess && (
          <button
            ref={eraseButton}
            type="button"
            className="button button--danger"
            aria-expanded={confirming}
            aria-controls={confirming ? 'erase-my-data' : undefined}
            onClick={() => setConfirming(true)}
          >
            {t('myData.erase')}
          </button>
        )}
      </div>
      <p className="field__hint">{t('myData.download.hint')}</p>
      {download.isSuccess && <p role="status">{t('myData.download.done')}</p>}
      {download.isError && <FailureAlert title={t('myData.download.failed')} error={download.error} testId="my-data-download-failed" />}

      {confirming && !erase.isSuccess && (
        <ConfirmErasure
          id="erase-my-data"
          title={t('myData.erase.confirmTitle')}
          confirmLabel={t('myData.erase.confirm')}
          pending={erase.isPending}
          onConfirm={() => erase.mutate(undefined, { onSuccess: () => setConfirming(false) })}
          onCancel={cancel}
          failure={erase.isError && <FailureAlert title={t('myData.erase.failed')} error={erase.error} testId="my-data-erase-failed" />}
        >
          <ul>
            <li>{t('myData.erase.keep')}</li>
            <li>{t('myData.erase.remove')}</li>
            <li>{t('myData.erase.text')}</li>
            <li>{t('myData.erase.hidden')}</li>
            <li>{t('myData.erase.account')}</li>
          </ul>
          <p className="field__hint">{t('myData.erase.downloadFirst')}</p>
        </ConfirmErasure>
      )}

      {erase.data && (
        <Alert tone="success" title={t('myData.erase.done')} ref={result} testId="my-data-erased">
          <dl className="details details--compact">
            <dt>{t('myData.erase.reports')}</dt>
            <dd>{formatNumber(erase.data.reports)}</dd>
            <dt>{t('myData.erase.messages')}</dt>
            <dd>{formatNumber(erase.data.messages)}</dd>
            <dt>{t('myData.erase.supports')}</dt>
            <dd>{formatNumber(erase.data.supports)}</dd>
          </dl>
          <p>
            {t('myData.account.hint')} <a href={accountConsoleUrl()}>{t('myData.account.link')}</a>
          </p>
        </Alert>
      )}
    </section>
  );
}
