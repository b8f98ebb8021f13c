import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { components } from '@/api/schema';
import { Field } from '@/components/ui/field';
import { useCityKecamatan } from '@/features/area/api/get-areas';
import type { PublicFilters } from '@/features/report/api/public-reports';
import { CategorySelect } from '@/features/report/components/category-select';
import { PublicReportList } from '@/features/report/components/public-report-list';
import { reportTypes } from '@/lib/report-types';
import { useI18n } from '@/i18n/use-i18n';

type Status = components['schemas']['ReportStatus'];
const PUBLIC_STATUSES: Status[] = ['VERIFIED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'];

/** /laporan-publik: search and filter what the city has been told, and support it. Filters live in the URL. */
export default function PublicReportsRoute() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const kecamatan = useCityKecamatan();
  const filters: PublicFilters = {};
  for (const name of ['q', 'type', 'status', 'categoryId', 'kecamatanCode'] as const) {
    const value = params.get(name);
    if (value) (filters as Record<string, string>)[name] = value;
  }
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setParam('q', q.trim());
  };

  return (
    <div className="page page--wide">
      <h1>{t('public.title')}</h1>
      <p className="lead">{t('public.intro')}</p>
      <form className="search" role="search" onSubmit={onSearch}>
        <Field id="public-q" label={t('public.search')} hint={t('public.search.hint')}>
          {(control) => <input {...control} type="search" maxLength={200} value={q} onChange={(e) => setQ(e.target.value)} />}
        </Field>
        <button type="submit" className="button">
          {t('public.searchSubmit')}
        </button>
      </form>
      <div className="filters">
        <Field id="public-type" label={t('report.type')}>
          {(control) => (
            <select {...control} value={filters.type ?? ''} onChange={(e) => setParam('type', e.target.value)}>
              <option value="">{t('public.all')}</option>
              {reportTypes.map((type) => (
                <option key={type} value={type}>{t(`type.${type}`)}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="public-status" label={t('report.status')}>
          {(control) => (
            <select {...control} value={filters.status ?? ''} onChange={(e) => setParam('status', e.target.value)}>
              <option value="">{t('public.all')}</option>
              {PUBLIC_STATUSES.map((s) => (
                <option key={s} value={s}>{t(`status.${s}`)}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="public-category" label={t('form.category')}>
          {(control) => <CategorySelect {...control} value={filters.categoryId ?? ''} onChange={(v) => setParam('categoryId', v)} emptyLabel={t('public.all')} />}
        </Field>
        {kecamatan.length > 0 && (
          <Field id="public-kecamatan" label={t('form.kecamatan')}>
            {(control) => (
              <select {...control} value={filters.kecamatanCode ?? ''} onChange={(e) => setParam('kecamatanCode', e.target.value)}>
                <option value="">{t('public.all')}</option>
                {kecamatan.map((a) => (
                  <option key={a.code} value={a.code}>{a.name}</option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <PublicReportList filters={filters} />
    </div>
  );
}
