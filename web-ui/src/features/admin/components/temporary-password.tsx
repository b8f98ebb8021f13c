import { useEffect, useRef } from 'react';
import { useI18n } from '@/i18n/use-i18n';

type TemporaryPasswordProps = {
  name: string;
  username: string;
  password: string;
  onDone: () => void;
};

/**
 * The one and only sight of a new account's temporary password: the API never returns it again,
 * and it is kept only in this component's props, never in the query cache.
 */
export function TemporaryPassword({ name, username, password, onDone }: TemporaryPasswordProps) {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section className="credentials" aria-labelledby="temporary-password-title" data-testid="temporary-password">
      <h2 id="temporary-password-title" ref={headingRef} tabIndex={-1}>
        {t('officer.tempPassword.title', { name })}
      </h2>
      <dl className="details">
        <dt>{t('officer.tempPassword.username')}</dt>
        <dd className="mono">{username}</dd>
        <dt>{t('officer.tempPassword.password')}</dt>
        <dd className="mono credentials__password" data-testid="temporary-password-value">
          {password}
        </dd>
      </dl>
      <p className="credentials__note">{t('officer.tempPassword.note')}</p>
      <button type="button" className="button" onClick={onDone}>
        {t('officer.tempPassword.done')}
      </button>
    </section>
  );
}
