import { Fragment } from 'react';
import { useAllAgencies } from '@/features/agency/api/get-agencies';
import { useAreas, useCityKecamatan } from '@/features/area/api/get-areas';
import { useAllCategories } from '@/features/category/api/get-categories';
import { useI18n } from '@/i18n/use-i18n';
import type { ReportQuery } from '../utils/filters';
import type { Period } from '../utils/period';

/** What a drill-down list shows, in words: the period and every filter and narrowing. */
export function ReportQueryDescription({ query }: { query: ReportQuery & Period }) {
  const { t, formatDay } = useI18n();
  const agencies = useAllAgencies();
  const categories = useAllCategories({ includeInactive: true });
  const kecamatan = useCityKecamatan();
  const parent = query.areaCode?.split('.').slice(0, 3).join('.');
  const kelurahan = useAreas(parent, { enabled: Boolean(parent && parent !== query.areaCode) });
  const yesNo = (value: boolean) => t(value ? 'stats.yes' : 'stats.no');
  const agency = agencies.data?.find((a) => a.id === query.agencyId)?.name ?? query.agencyId;
  const category = categories.data?.find((c) => c.id === query.categoryId)?.name ?? query.categoryId;

  const rows = [
    [t('stats.period'), t('stats.period.range', { from: formatDay(query.from), to: formatDay(query.to) })],
    query.basis === 'resolved' && [t('stats.reports.basis'), t('stats.reports.basis.resolved')],
    agency && [t('stats.filter.agency'), query.subAgencies === false ? t('stats.reports.withoutSubAgencies', { agency }) : agency],
    category && [t('form.category'), query.subCategories === false ? t('stats.reports.withoutSubCategories', { category }) : category],
    query.channel && [t('stats.filter.channel'), t(`channel.${query.channel}`)],
    query.areaCode && [
      t('stats.reports.area'),
      [...kecamatan, ...(kelurahan.data ?? [])].find((a) => a.code === query.areaCode)?.name ?? query.areaCode,
    ],
    query.type && [t('report.type'), t(`type.${query.type}`)],
    query.status && [t('report.status'), query.status.map((s) => t(`status.${s}`)).join(', ')],
    query.deadline && query.deadlineState && [t(`stats.deadline.${query.deadline}`), t(`stats.deadline.${query.deadlineState}`)],
    query.overdue !== undefined && [t('stats.reports.overdue'), yesNo(query.overdue)],
    query.reopened !== undefined && [t('report.reopened'), yesNo(query.reopened)],
    query.rating && [t('stats.satisfaction'), t('stats.rating', { rating: query.rating })],
  ].filter((row): row is [string, string] => Boolean(row));

  return (
    <dl className="details details--compact" data-testid="stats-query">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
