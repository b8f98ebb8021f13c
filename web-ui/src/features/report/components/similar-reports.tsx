import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import { useSimilarReports } from '../api/similar-reports';
import { ReportStatusBadge } from './report-status';

/** Words enough to search for; shorter titles would match half the city. */
const searchable = (text: string) => text.trim().split(/\s+/).filter((w) => w.length >= 3).length >= 2;

/** Where the report being written is, as far as the form knows yet. */
type Place = { kelurahanCode?: string; latitude?: string; longitude?: string };

/**
 * Public reports like the one being written, so a citizen can support an existing report
 * instead of filing the same pothole again: those in the same kelurahan or within 500 m first.
 * Searches a moment after typing stops.
 */
export function SimilarReports({ text, place = {} }: { text: string; place?: Place }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(searchable(text) ? text.trim().slice(0, 200) : ''), 700);
    return () => clearTimeout(timer);
  }, [text]);
  const lat = place.latitude ? Number(place.latitude) : undefined;
  const lng = place.longitude ? Number(place.longitude) : undefined;
  const located = lat !== undefined && lng !== undefined && Number.isFinite(lat) && Number.isFinite(lng);
  const similar = useSimilarReports(
    { q: query, size: 3, ...(place.kelurahanCode ? { kelurahanCode: place.kelurahanCode } : {}), ...(located ? { lat, lng } : {}) },
    { enabled: query !== '' },
  );
  const items = similar.data ?? [];
  if (!query || items.length === 0) return null;
  return (
    <aside className="similar" aria-labelledby="similar-title" data-testid="similar-reports">
      <h2 id="similar-title">{t('similar.title')}</h2>
      <p className="field__hint">{t('similar.hint')}</p>
      <ul>
        {items.map((report) => (
          <li key={report.id}>
            <Link to={paths.publicReport.getHref(report.trackingCode)}>{report.title}</Link>{' '}
            <ReportStatusBadge status={report.status} />{' '}
            <span className="muted">{t('public.supports', { count: report.supportCount })}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
