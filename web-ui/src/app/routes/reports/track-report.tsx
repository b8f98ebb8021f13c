import { useNavigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import { useAuth } from '@/auth/use-auth';
import { PinForm } from '@/features/report/components/pin-form';
import { TrackForm } from '@/features/report/components/track-form';
import { TrackedReport } from '@/features/report/components/tracked-report';

/** /lacak and /lacak/:trackingCode: the code lives in the URL so a result can be bookmarked or shared. */
export default function TrackReportRoute() {
  const { t } = useI18n();
  const { trackingCode } = useParams();
  const navigate = useNavigate();
  const { state } = useAuth();

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
      {trackingCode && state.status !== 'authenticated' && <PinForm trackingCode={trackingCode} />}
    </div>
  );
}
