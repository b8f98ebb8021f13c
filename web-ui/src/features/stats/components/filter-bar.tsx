import { CheckboxField } from '@/components/ui/checkbox-field';
import { Field } from '@/components/ui/field';
import { TreeOptions } from '@/components/ui/tree-options';
import { useAreas, useCityKecamatan } from '@/features/area/api/get-areas';
import { CategorySelect } from '@/features/report/components/category-select';
import { useI18n } from '@/i18n/use-i18n';
import { channels } from '@/lib/channels';
import { reportTypes } from '@/lib/report-types';
import type { StatsFilters } from '../utils/filters';
import { PeriodFields } from './period-fields';

/** An agency of the picker, placed in the tree by its parent. */
type AgencyChoice = { id: string; name: string; parentId?: string | null };

type FilterBarProps = {
  filters: StatsFilters;
  /** The agencies to choose from (for an officer: their own agency and its sub-units). */
  agencies: readonly AgencyChoice[];
  onChange: (changes: Record<string, string | undefined>) => void;
};

/** Every filter of the dashboard; each change goes straight to the URL. */
export function FilterBar({ filters, agencies, onChange }: FilterBarProps) {
  const { t } = useI18n();
  const kecamatanList = useCityKecamatan();
  // areaCode is a kecamatan (53.71.04) or one of its kelurahan (53.71.04.1004).
  const kecamatan = filters.areaCode?.split('.').slice(0, 3).join('.') ?? '';
  const kelurahanList = useAreas(kecamatan, { enabled: Boolean(kecamatan) }).data ?? [];

  return (
    <form className="stats-filters" aria-label={t('stats.filters')} onSubmit={(e) => e.preventDefault()}>
      <PeriodFields period={filters} onChange={(period) => onChange(period)} />
      <div className="filters">
        <Field id="stats-agency" label={t('stats.filter.agency')}>
          {(control) => (
            <select {...control} value={filters.agencyId ?? ''} onChange={(e) => onChange({ agencyId: e.target.value, subAgencies: undefined })}>
              <option value="">{t('stats.filter.allAgencies')}</option>
              <TreeOptions items={agencies} />
            </select>
          )}
        </Field>
        {filters.agencyId && (
          <CheckboxField
            id="stats-sub-agencies"
            label={t('stats.filter.subAgencies')}
            checked={filters.subAgencies !== false}
            onChange={(checked) => onChange({ subAgencies: checked ? undefined : 'false' })}
          />
        )}
        <Field id="stats-category" label={t('form.category')}>
          {(control) => (
            <CategorySelect
              {...control}
              value={filters.categoryId ?? ''}
              onChange={(categoryId) => onChange({ categoryId, subCategories: undefined })}
              emptyLabel={t('stats.filter.all')}
            />
          )}
        </Field>
        {filters.categoryId && (
          <CheckboxField
            id="stats-sub-categories"
            label={t('stats.filter.subCategories')}
            checked={filters.subCategories !== false}
            onChange={(checked) => onChange({ subCategories: checked ? undefined : 'false' })}
          />
        )}
        <Field id="stats-channel" label={t('stats.filter.channel')}>
          {(control) => (
            <select {...control} value={filters.channel ?? ''} onChange={(e) => onChange({ channel: e.target.value })}>
              <option value="">{t('stats.filter.all')}</option>
              {channels.map((channel) => (
                <option key={channel} value={channel}>
                  {t(`channel.${channel}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {kecamatanList.length > 0 && (
          <Field id="stats-kecamatan" label={t('form.kecamatan')}>
            {(control) => (
              <select {...control} value={kecamatan} onChange={(e) => onChange({ areaCode: e.target.value })}>
                <option value="">{t('stats.filter.all')}</option>
                {kecamatanList.map((area) => (
                  <option key={area.code} value={area.code}>
                    {area.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {kelurahanList.length > 0 && (
          <Field id="stats-kelurahan" label={t('form.kelurahan')}>
            {(control) => (
              <select {...control} value={filters.areaCode === kecamatan ? '' : filters.areaCode} onChange={(e) => onChange({ areaCode: e.target.value || kecamatan })}>
                <option value="">{t('stats.filter.all')}</option>
                {kelurahanList.map((area) => (
                  <option key={area.code} value={area.code}>
                    {area.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field id="stats-type" label={t('report.type')}>
          {(control) => (
            <select {...control} value={filters.type ?? ''} onChange={(e) => onChange({ type: e.target.value })}>
              <option value="">{t('stats.filter.all')}</option>
              {reportTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`type.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </form>
  );
}
