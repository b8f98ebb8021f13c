import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '@/i18n/use-i18n';

type ShownOnceSecretProps = {
  title: string;
  /** Why it is shown only now, and what to do with it. */
  warning: string;
  label: string;
  secret: string;
  onDone: () => void;
  /** Prefix of the test ids: `${testId}`, `${testId}-warning`, `${testId}-value`. */
  testId: string;
};

/**
 * The one and only sight of a secret the API never returns again (a webhook's signing secret, an
 * application's API key). It lives only in this component's props, never in the query cache; the
 * heading takes the focus, and a copy button falls back to selecting the text.
 */
export function ShownOnceSecret({ title, warning, label, secret, onDone, testId }: ShownOnceSecretProps) {
  const { t } = useI18n();
  const titleId = useId();
  const labelId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const secretRef = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('done');
    } catch {
      // No clipboard (an old browser, or not https): select the text so that Ctrl+C works.
      const selection = window.getSelection();
      if (secretRef.current && selection) selection.selectAllChildren(secretRef.current);
      setCopied('failed');
    }
  };

  return (
    <section className="credentials" aria-labelledby={titleId} data-testid={testId}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <p className="credentials__note" data-testid={`${testId}-warning`}>
        {warning}
      </p>
      <p className="receipt__label" id={labelId}>
        {label}
      </p>
      <p>
        <code ref={secretRef} className="mono credentials__password" aria-labelledby={labelId} data-testid={`${testId}-value`}>
          {secret}
        </code>
      </p>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('admin.secret.copy')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('admin.secret.done')}
        </button>
      </div>
      <p role="status" className="field__hint">
        {copied === 'done' && t('admin.secret.copied')}
        {copied === 'failed' && t('admin.secret.copyFailed')}
      </p>
    </section>
  );
}
