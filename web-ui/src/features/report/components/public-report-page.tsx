import { useEffect } from 'react';
import { Link } from 'react-router';
import { isApiError } from '@/api/errors';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import {
  publicPhotoUrl,
  usePublicReport,
  type PublicReportDetail,
  type PublicStep,
} from '../api/get-public-report';
import { SupportButton } from './public-report-list';
import { ReportStatusBadge } from './report-status';
import { ShareLink } from './share-link';
import '../public-report.css';

/** The steps that are the agency's (or the admin's) words to the public. */
const RESPONSES: PublicStep['type'][] = ['FOLLOWED_UP', 'MESSAGE_POSTED', 'RESOLVED'];

/** Each status the report reached, with when: the dates a reader looks for first. */
function StepDates({ report }: { report: PublicReportDetail }) {
  const { t, formatDate } = useI18n();
  const steps: { status: PublicReportDetail['status']; at?: string }[] = [
    { status: 'SUBMITTED', at: report.createdAt },
    { status: 'VERIFIED', at: report.verifiedAt },
    { status: 'FORWARDED', at: report.forwardedAt },
    { status: 'RESOLVED', at: report.resolvedAt },
    { status: 'CLOSED', at: report.closedAt },
  ];
  return (
    <ol className="public-progress" aria-label={t('publicPage.steps')} data-testid="public-steps">
      {steps.flatMap(({ status, at }) => (at ? [{ status, at }] : [])).map(({ status, at }) => (
        <li key={status}>
          <span className="public-progress__what">{t(`status.${status}`)}</span>{' '}
          <time dateTime={at} className="muted">
            {formatDate(at)}
          </time>
        </li>
      ))}
    </ol>
  );
}

/** What the agency said and did, newest first; the resolution stands out. */
function AgencyResponses({ report }: { report: PublicReportDetail }) {
  const { t, formatDate } = useI18n();
  const responses = report.timeline.filter((s) => RESPONSES.includes(s.type) && s.text);
  // A history cut short (timelineTruncated) may have lost the resolution's step; the report still has it.
  if (report.resolution && !responses.some((s) => s.type === 'RESOLVED')) {
    responses.push({
      type: 'RESOLVED',
      at: report.resolvedAt ?? report.updatedAt,
      text: report.resolution,
      agencyName: report.agencyName,
    });
  }
  responses.sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="public-responses" aria-labelledby="responses-title" data-testid="agency-responses">
      <h2 id="responses-title">{t('publicPage.responses')}</h2>
      {responses.length === 0 ? (
        <p className="muted">{t('publicPage.responses.none')}</p>
      ) : (
        <ol className="public-responses__list">
          {responses.map((step, i) => (
            <li
              key={`${step.type}-${step.at}-${i}`}
              className={step.type === 'RESOLVED' ? 'public-response public-response--resolved' : 'public-response'}
            >
              <p className="public-response__what">
                <strong>{t(`publicPage.response.${step.type as 'FOLLOWED_UP'}`)}</strong>
                {step.agencyName && <span className="muted"> · {step.agencyName}</span>}
              </p>
              <p className="public-response__text">{step.text}</p>
              <p className="public-response__when">
                <time dateTime={step.at}>{formatDate(step.at)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {report.rating !== undefined && (
        <p className="public-rating" data-testid="public-rating">
          <span aria-hidden="true" className="public-rating__stars">
            {'★'.repeat(report.rating)}
            {'☆'.repeat(Math.max(0, 5 - report.rating))}
          </span>{' '}
          {t('publicPage.rating', { rating: report.rating })}
        </p>
      )}
    </section>
  );
}

/** The photos an admin published: plain lazy images, their box reserved so the text does not jump. */
function Photos({ report }: { report: PublicReportDetail }) {
  const { t } = useI18n();
  if (report.photos.length === 0) return null;
  const total = report.photos.length;
  return (
    <section aria-labelledby="photos-title">
      <h2 id="photos-title" className="visually-hidden">
        {t('publicPage.photos')}
      </h2>
      <ul className="public-photos" data-testid="public-photos">
        {report.photos.map((photo, i) => {
          const src = publicPhotoUrl(photo);
          return (
            <li key={photo.id}>
              <a href={src}>
                <img
                  src={src}
                  alt={t('publicPage.photo', { n: i + 1, total })}
                  width={640}
                  height={480}
                  loading="lazy"
                  decoding="async"
                />
                <span className="visually-hidden"> {t('publicPage.photo.full')}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Location({ report }: { report: PublicReportDetail }) {
  const { t } = useI18n();
  const location = report.location;
  if (!location) return null;
  const place = [location.address, location.kelurahanName, location.kecamatanName].filter(Boolean).join(', ');
  const { latitude: lat, longitude: lon } = location;
  const hasPoint = lat !== undefined && lon !== undefined;
  if (!place && !hasPoint) return null;
  return (
    <>
      <dt>{t('form.location')}</dt>
      <dd data-testid="public-location">
        {place && <span>{place}</span>}
        {location.coarse && <span className="public-location__coarse">{t('publicPage.location.coarse')}</span>}
        {hasPoint && (
          // A link, not a map: no map library to download for one point.
          <a
            className="public-location__map"
            href={`https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=${location.coarse ? 15 : 18}/${lat}/${lon}`}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('publicPage.map')}
            <span className="visually-hidden"> {t('report.sourceUrl.newTab')}</span>
          </a>
        )}
      </dd>
    </>
  );
}

/** The public steps of the history, oldest first, folded away: the responses above are what most read. */
function History({ report }: { report: PublicReportDetail }) {
  const { t, formatDate } = useI18n();
  const count = report.timeline.length;
  if (count === 0) return null;
  return (
    <details className="public-history">
      <summary>{t('publicPage.history', { count })}</summary>
      <ol className="timeline" data-testid="public-timeline">
        {report.timeline.map((step, i) => (
          <li key={`${step.type}-${step.at}-${i}`} className="timeline__item">
            <p className="timeline__what">
              <strong>
                {step.type === 'MESSAGE_POSTED' ? t('publicPage.response.MESSAGE_POSTED') : t(`event.${step.type}`)}
              </strong>
              {step.status && (
                <>
                  {' '}
                  <ReportStatusBadge status={step.status} />
                </>
              )}
            </p>
            {step.agencyName && <p className="timeline__text">{t('timeline.agency', { name: step.agencyName })}</p>}
            {step.text && <p className="timeline__text">{step.text}</p>}
            {step.rating !== undefined && <p className="timeline__text">{t('timeline.rating', { rating: step.rating })}</p>}
            <p className="timeline__when">
              <time dateTime={step.at}>{formatDate(step.at)}</time>
            </p>
          </li>
        ))}
      </ol>
      {report.timelineTruncated && <p className="muted">{t('publicPage.history.truncated')}</p>}
    </details>
  );
}

function NotPublic({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <div className="page" data-testid="public-report-not-found">
      <h1>{t('publicPage.notFound.title')}</h1>
      <p>{t('publicPage.notFound.body', { code })}</p>
      <ul className="public-links">
        <li>
          <Link to={paths.publicReports.getHref()}>{t('publicPage.notFound.feed')}</Link>
        </li>
        <li>
          <Link to={paths.trackCode.getHref(code)}>{t('publicPage.notFound.track')}</Link>
        </li>
      </ul>
    </div>
  );
}

/** The page anyone may open from a shared link: what the report says and what the government did. */
export function PublicReportPage({ code }: { code: string }) {
  const { t, formatDay } = useI18n();
  const query = usePublicReport(code);
  const title = query.data?.title;

  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = `${title} · ${t('app.name')}`;
    return () => {
      document.title = previous;
    };
  }, [title, t]);

  if (query.isPending) return <Loading label={t('common.loading')} />;
  if (query.isError) {
    // 400: a code the API cannot even read is as missing as one it does not know.
    if (isApiError(query.error, 404) || isApiError(query.error, 400)) return <NotPublic code={code} />;
    return (
      <div className="page">
        <Alert tone="error" title={t('publicPage.failed')} testId="public-report-failed">
          <button type="button" className="button button--small" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </button>
        </Alert>
      </div>
    );
  }

  const report = query.data;
  const url = `${window.location.origin}${paths.publicReport.getHref(report.trackingCode)}`;
  return (
    <article className="page public-report" aria-labelledby="public-report-title" data-testid="public-report">
      <p className="public-report__back">
        <Link to={paths.publicReports.getHref()}>
          <span aria-hidden="true">← </span>
          {t('publicPage.back')}
        </Link>
      </p>
      <p className="muted">
        {t(`type.${report.type}`)}
        {report.categoryName && <> · {report.categoryName}</>}
      </p>
      <h1 id="public-report-title">{report.title}</h1>
      <p className="public-report__status">
        <ReportStatusBadge status={report.status} />
      </p>
      <StepDates report={report} />
      <p className="report__description">{report.description}</p>
      <p className="muted public-report__privacy">{t('publicPage.privacy')}</p>
      <Photos report={report} />
      <ShareLink url={url} title={report.title} />

      <AgencyResponses report={report} />

      <section className="public-support" aria-label={t('public.supportsLabel')}>
        <p data-testid="public-supports">
          {report.supportCount === 0
            ? t('publicPage.supports.none')
            : t('publicPage.supports', { count: report.supportCount })}
        </p>
        <SupportButton report={report} />
      </section>

      <section aria-labelledby="details-title">
        <h2 id="details-title">{t('publicPage.details')}</h2>
        <dl className="details">
          <dt>{t('report.type')}</dt>
          <dd>{t(`type.${report.type}`)}</dd>
          {report.categoryName && (
            <>
              <dt>{t('form.category')}</dt>
              <dd>{report.categoryName}</dd>
            </>
          )}
          {report.agencyName && (
            <>
              <dt>{t('report.agency')}</dt>
              <dd data-testid="public-agency">{report.agencyName}</dd>
            </>
          )}
          <Location report={report} />
          {report.incidentDate && (
            <>
              <dt>{t('form.incidentDate')}</dt>
              <dd>{formatDay(report.incidentDate)}</dd>
            </>
          )}
          <dt>{t('report.trackingCode')}</dt>
          <dd className="mono">{report.trackingCode}</dd>
        </dl>
      </section>

      <History report={report} />

      <p className="public-report__reporter">
        <Link to={paths.trackCode.getHref(report.trackingCode)}>{t('publicPage.reporter')}</Link>
      </p>
    </article>
  );
}
