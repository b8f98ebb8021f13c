import { useAreas } from '@/features/area/api/get-areas';
import { useAllCategories } from '@/features/category/api/get-categories';
import { useI18n } from '@/i18n/use-i18n';
import type { Report } from '../api/get-report';
import { MarkedText } from './marked-text';
import { ReportStatusBadge } from './report-status';

/** The parent code of a Kemendagri code: 53.71.04 → 53.71. */
const parentOf = (code: string) => code.split('.').slice(0, -1).join('.');

function AreaName({ code }: { code: string }) {
  const areas = useAreas(parentOf(code) || undefined);
  return <>{areas.data?.find((a) => a.code === code)?.name ?? code}</>;
}

/** A phone number as the API sends it: a `tel:` link when whole, plain text when masked (`+6281******890`). */
function Phone({ phone }: { phone: string }) {
  const { t } = useI18n();
  if (phone.includes('*')) {
    return (
      <span className="mono" data-testid="report-phone" title={t('report.phoneMasked')}>
        {phone}
      </span>
    );
  }
  return (
    <a href={`tel:${phone.replace(/[\s-]/g, '')}`} data-testid="report-phone">
      {phone}
    </a>
  );
}

type ReportViewProps = {
  report: Report;
  agencyName?: string;
  /** Officials see how the report came in and, for a social-media post, the post itself. */
  official?: boolean;
};

/** The facts of a report; deadlines and the reporter only where the reader may see them. */
export function ReportView({ report, agencyName, official = false }: ReportViewProps) {
  const { t, formatDate, formatDay, formatNumber } = useI18n();
  const categories = useAllCategories();
  const category = categories.data?.find((c) => c.id === report.categoryId);
  const location = report.location;
  const due = report.verifyDueAt ?? report.followUpDueAt ?? report.closeDueAt;

  return (
    <section className="card" aria-labelledby="report-title">
      <p className="muted">
        {t(`type.${report.type}`)} · <span className="code code--inline">{report.trackingCode}</span>
      </p>
      <h1 id="report-title">
        <MarkedText text={report.title} field="title" spans={report.personalData} />
      </h1>
      <p>
        <ReportStatusBadge status={report.status} />
        {report.overdue && <span className="badge badge--late">{t('deadline.late')}</span>}
        {report.reopened && <span className="badge badge--none">{t('report.reopened')}</span>}
        {report.escalationLevel > 0 && (
          <span className="badge badge--late">{t('report.escalated', { level: report.escalationLevel })}</span>
        )}
      </p>
      <p className="report__description">
        <MarkedText text={report.description} field="description" spans={report.personalData} />
      </p>
      {report.personalData && (
        <p className="muted" data-testid="personal-data-note">
          {t('privacy.note')}
        </p>
      )}
      <dl className="details">
        {official && (
          <>
            <dt>{t('report.channel')}</dt>
            <dd data-testid="report-channel">{t(`channel.${report.channel}`)}</dd>
          </>
        )}
        {official && report.sourceUrl && (
          <>
            <dt>{t('report.sourceUrl')}</dt>
            <dd>
              {/^https?:\/\//i.test(report.sourceUrl) ? (
                <a href={report.sourceUrl} target="_blank" rel="noopener noreferrer" className="report__source" data-testid="report-source">
                  {report.sourceUrl}
                  <span className="visually-hidden"> {t('report.sourceUrl.newTab')}</span>
                </a>
              ) : (
                <span className="mono">{report.sourceUrl}</span>
              )}
            </dd>
          </>
        )}
        {category && (
          <>
            <dt>{t('form.category')}</dt>
            <dd>{category.name}</dd>
          </>
        )}
        {agencyName && (
          <>
            <dt>{t('report.agency')}</dt>
            <dd data-testid="report-agency">{agencyName}</dd>
          </>
        )}
        {location && (
          <>
            <dt>{t('form.location')}</dt>
            <dd>
              {[
                location.address && (
                  <MarkedText key="address" text={location.address} field="address" spans={report.personalData} />
                ),
                location.kelurahanCode && <AreaName key="kel" code={location.kelurahanCode} />,
                location.kecamatanCode && <AreaName key="kec" code={location.kecamatanCode} />,
              ]
                .filter(Boolean)
                .map((part, i) => (
                  <span key={i}>
                    {i > 0 && ', '}
                    {part}
                  </span>
                ))}
              {location.latitude !== undefined && location.longitude !== undefined && (
                <span className="muted">
                  {' '}
                  ({location.latitude.toFixed(5)}, {location.longitude.toFixed(5)})
                </span>
              )}
            </dd>
          </>
        )}
        {report.incidentDate && (
          <>
            <dt>{t('form.incidentDate')}</dt>
            <dd>{formatDay(report.incidentDate)}</dd>
          </>
        )}
        <dt>{t('report.createdAt')}</dt>
        <dd>{formatDate(report.createdAt)}</dd>
        {due && (
          <>
            <dt>{t('report.dueAt')}</dt>
            <dd>{formatDate(due)}</dd>
          </>
        )}
        <dt>{t('form.privacy')}</dt>
        <dd>
          {report.anonymous ? t('report.anonymous') : t('report.named')} ·{' '}
          {report.confidential ? t('report.confidential') : t('report.public')}
        </dd>
        {report.contact && (
          <>
            <dt>{t('report.reporter')}</dt>
            <dd data-testid="report-contact">
              {[
                report.contact.name && <span key="name">{report.contact.name}</span>,
                report.contact.email && <span key="email">{report.contact.email}</span>,
                report.contact.phone && <Phone key="phone" phone={report.contact.phone} />,
              ]
                .filter(Boolean)
                .map((part, i) => (
                  <span key={i}>
                    {i > 0 && ' · '}
                    {part}
                  </span>
                ))}
            </dd>
          </>
        )}
        {report.rating !== undefined && (
          <>
            <dt>{t('confirm.rating')}</dt>
            <dd>
              {t('timeline.rating', { rating: report.rating })}
              {report.ratingComment && ` — ${report.ratingComment}`}
            </dd>
          </>
        )}
        <dt>{t('public.supportsLabel')}</dt>
        <dd>{formatNumber(report.supportCount)}</dd>
      </dl>
    </section>
  );
}
