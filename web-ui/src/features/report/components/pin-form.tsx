import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '@/api/errors';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import { useOpenWithPin } from '../api/open-with-pin';

/** A guest reporter opens the full report (replies, confirmation) with the PIN from the receipt. */
export function PinForm({ trackingCode }: { trackingCode: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const open = useOpenWithPin();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^[0-9]{6}$/.test(pin.trim())) {
      setError(t('pin.invalid'));
      return;
    }
    setError(undefined);
    open.mutate(
      { trackingCode, pin: pin.trim() },
      {
        onSuccess: (report) => void navigate(paths.report.getHref(report.id)),
        onError: (e) => setError(isApiError(e, 404) ? t('pin.wrong') : t('form.failed')),
      },
    );
  };

  return (
    <form className="form card" onSubmit={onSubmit} noValidate data-testid="pin-form">
      <h2>{t('pin.title')}</h2>
      <p className="field__hint">{t('pin.intro')}</p>
      {open.isError && !error && <Alert tone="error">{t('form.failed')}</Alert>}
      <Field id="report-pin" label={t('pin.label')} error={error}>
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            pattern="[0-9]{6}"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={open.isPending}>
        {open.isPending ? t('common.loading') : t('pin.submit')}
      </button>
    </form>
  );
}
