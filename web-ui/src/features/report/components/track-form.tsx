import { useState, type FormEvent } from 'react';
import { Field } from '@/components/ui/field';
import { useI18n } from '@/i18n/use-i18n';

type TrackFormProps = { initialCode?: string; onTrack: (code: string) => void };

/** Asks for a tracking code; spaces are dropped, the API accepts lower case and dashes. */
export function TrackForm({ initialCode = '', onTrack }: TrackFormProps) {
  const { t } = useI18n();
  const [code, setCode] = useState(initialCode);
  const [missing, setMissing] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const normalized = code.replace(/\s+/g, '').toUpperCase();
    if (!normalized) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onTrack(normalized);
  };

  return (
    <form className="form form--inline" noValidate onSubmit={onSubmit} role="search">
      <Field
        id="tracking-code"
        label={t('track.code')}
        hint={t('track.code.hint')}
        error={missing ? t('track.code.required') : undefined}
      >
        {(control) => (
          <input
            {...control}
            name="trackingCode"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={32}
            required
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button">
        {t('track.submit')}
      </button>
    </form>
  );
}
