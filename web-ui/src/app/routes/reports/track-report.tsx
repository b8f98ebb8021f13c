import { useLocation, useNavigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import { useAuth } from '@/auth/use-auth';
import { OpenWithKey } from '@/features/report/components/open-with-key';
import { PinForm } from '@/features/report/components/pin-form';
import { TrackForm } from '@/features/report/components/track-form';
import { TrackedReport } from '@/features/report/components/tracked-report';
import { accessKeyOf } from '@/features/report/utils/access-link';

/** /lacak and /lacak/:trackingCode: the code lives in the URL so a result can be bookmarked or shared. */
export default function TrackReportRoute() {
  const { t } = useI18n();
  const { trackingCode } = useParams();
  const navigate = useNavigate();
  const { state } = useAuth();
  const accessKey = accessKeyOf(useLocation().hash);
  const guest = state.status !== 'authenticated';

  return (
    <div className="page">
      <h1>{t('track.title')}</h1>
      <p className="lead">{t('track.intro')}</p>
      <TrackForm
        key={trackingCode ?? ''}
        initialCode={trackingCode}
        onTrack={(code) => void navigate(paths.trackCode.getHref(code))}
      />
      {trackingCode && <TrackedReport trackingCode={trackingCode} />}
      {trackingCode && guest && accessKey && <OpenWithKey trackingCode={trackingCode} accessKey={accessKey} />}
      {trackingCode && guest && <PinForm trackingCode={trackingCode} />}
    </div>
  );
}
