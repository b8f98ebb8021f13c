import { useI18n } from '@/i18n/use-i18n';
import { useOnline } from '../hooks/use-online';

/**
 * Says that the device is offline. The live region is always in the page and only its text comes and goes,
 * so screen readers announce the change.
 */
export function OfflineBanner() {
  const { t } = useI18n();
  const online = useOnline();
  return (
    <div role="status" className="offline-status">
      {!online && <p className="offline-banner">{t('offline.banner')}</p>}
    </div>
  );
}
