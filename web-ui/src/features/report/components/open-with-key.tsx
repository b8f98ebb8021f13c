import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import { useOpenWithPin } from '../api/open-with-pin';

/**
 * The receipt's link opens the report with its access key, once, then shows the report; the key
 * is taken out of the address bar so that it is not shared by accident with a screenshot.
 */
export function OpenWithKey({ trackingCode, accessKey }: { trackingCode: string; accessKey: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const open = useOpenWithPin();
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    open.mutate(
      { trackingCode, pin: accessKey },
      { onSuccess: (report) => void navigate(paths.report.getHref(report.id), { replace: true }) },
    );
  }, [open, trackingCode, accessKey, navigate]);

  if (open.isError) {
    return (
      <Alert tone="warning" testId="access-link-failed">
        <p>{t('track.linkFailed')}</p>
      </Alert>
    );
  }
  return <Loading label={t('track.opening')} />;
}
