import { useState } from 'react';
import { useI18n } from '@/i18n/use-i18n';

type Shared = 'idle' | 'copied' | 'manual';

/**
 * Shares a page: the phone's own share sheet where the browser has one (Web Share API), else the
 * link copied to the clipboard, else the link shown to copy by hand; and WhatsApp, which most
 * people in the city pass reports around on.
 */
export function ShareLink({ url, title }: { url: string; title: string }) {
  const { t } = useI18n();
  const [shared, setShared] = useState<Shared>('idle');
  const canShare = typeof navigator.share === 'function';

  const share = async () => {
    if (canShare) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The person closed the share sheet: nothing to do.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setShared('copied');
    } catch {
      setShared('manual');
    }
  };

  return (
    <div className="share" data-testid="share">
      <div className="share__actions">
        <button type="button" className="button button--small button--secondary" onClick={() => void share()}>
          {canShare ? t('publicPage.share') : t('publicPage.share.copy')}
        </button>
        <a
          className="button button--small button--secondary"
          href={`https://wa.me/?text=${encodeURIComponent(`${title}\n${url}`)}`}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('publicPage.share.whatsapp')}
          <span className="visually-hidden"> {t('report.sourceUrl.newTab')}</span>
        </a>
      </div>
      <p role="status" className="share__status">
        {shared === 'copied' && t('publicPage.share.copied')}
      </p>
      {shared === 'manual' && (
        <div className="field">
          <label htmlFor="share-url">{t('publicPage.share.manual')}</label>
          <input id="share-url" type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </div>
  );
}
