import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/i18n/use-i18n';

type WebhookSecretProps = { name: string; secret: string; onDone: () => void };

/**
 * The one and only sight of a subscription's signing secret: the API never returns it again, and it
 * lives only in this component's props, never in the query cache.
 */
export function WebhookSecret({ name, secret, onDone }: WebhookSecretProps) {
  const { t } = useI18n();
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
    <section className="credentials" aria-labelledby="webhook-secret-title" data-testid="webhook-secret">
      <h2 id="webhook-secret-title" ref={headingRef} tabIndex={-1}>
        {t('webhook.secret.title', { name })}
      </h2>
      <p className="credentials__note" data-testid="webhook-secret-warning">
        {t('webhook.secret.warning')}
      </p>
      <p className="receipt__label" id="webhook-secret-label">
        {t('webhook.secret.label')}
      </p>
      <p>
        <code ref={secretRef} className="mono credentials__password" data-testid="webhook-secret-value">
          {secret}
        </code>
      </p>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('webhook.secret.copy')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('webhook.secret.done')}
        </button>
      </div>
      <p role="status" className="field__hint">
        {copied === 'done' && t('webhook.secret.copied')}
        {copied === 'failed' && t('webhook.secret.copyFailed')}
      </p>
    </section>
  );
}
