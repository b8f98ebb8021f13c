import { useState } from 'react';
import { ConfirmBox } from '@/components/ui/confirm-box';
import { useI18n } from '@/i18n/use-i18n';
import { forgetDevice } from '../api/forget-device';

/** A button that empties this device of the reporter's reports, receipts, drafts and PINs, after a question. */
export function ForgetDevice() {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);

  if (done) {
    return (
      <p className="field__hint" role="status" data-testid="device-forgotten">
        {t('offline.forget.done')}
      </p>
    );
  }
  return (
    <div className="forget-device">
      <button
        type="button"
        className="button button--secondary button--small"
        aria-expanded={asking}
        aria-controls="forget-device-confirm"
        onClick={() => setAsking(true)}
      >
        {t('offline.forget.button')}
      </button>
      {asking && (
        <ConfirmBox
          id="forget-device-confirm"
          labelledBy="forget-device-question"
          testId="forget-device-confirm"
          onEscape={() => setAsking(false)}
        >
          <p id="forget-device-question">{t('offline.forget.question')}</p>
          <div className="actions">
            <button
              type="button"
              className="button button--danger button--small"
              onClick={() => {
                forgetDevice();
                setAsking(false);
                setDone(true);
              }}
            >
              {t('offline.forget.confirm')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => setAsking(false)}>
              {t('offline.forget.cancel')}
            </button>
          </div>
        </ConfirmBox>
      )}
    </div>
  );
}
