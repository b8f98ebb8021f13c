import { useEffect, useState } from 'react';
import { Field } from '@/components/ui/field';
import { getAreas, useAreas, type Area } from '@/features/area/api/get-areas';
import { useI18n } from '@/i18n/use-i18n';

type AreaFieldsProps = {
  kecamatanCode: string;
  kelurahanCode: string;
  onChange: (codes: { kecamatanCode: string; kelurahanCode: string }) => void;
  errors: { kecamatan?: string; kelurahan?: string };
};

/**
 * The city's kecamatan, then that kecamatan's kelurahan. The city is found by going down from the
 * top-level areas while there is only one (province, then city), so no configuration is needed.
 */
export function AreaFields({ kecamatanCode, kelurahanCode, onChange, errors }: AreaFieldsProps) {
  const { t } = useI18n();
  const [cityCode, setCityCode] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      let areas: Area[] = await getAreas(undefined);
      let parent: string | null = null;
      while (areas.length === 1) {
        parent = areas[0].code;
        areas = await getAreas(parent);
      }
      if (!cancelled) setCityCode(areas.length > 0 ? parent : null);
    })().catch(() => !cancelled && setCityCode(null));
    return () => {
      cancelled = true;
    };
  }, []);
  const kecamatan = useAreas(cityCode ?? undefined, { enabled: typeof cityCode === 'string' });
  const kelurahan = useAreas(kecamatanCode || undefined, { enabled: Boolean(kecamatanCode) });

  // No area list loaded (or none reachable): the address field alone still locates the report.
  if (cityCode === null) return null;
  return (
    <>
      <Field id="report-kecamatan" label={t('form.kecamatan')} error={errors.kecamatan}>
        {(control) => (
          <select
            {...control}
            value={kecamatanCode}
            disabled={!kecamatan.data}
            onChange={(e) => onChange({ kecamatanCode: e.target.value, kelurahanCode: '' })}
          >
            <option value="">{kecamatan.data ? t('form.area.choose') : t('common.loading')}</option>
            {kecamatan.data?.map((area) => (
              <option key={area.code} value={area.code}>
                {area.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="report-kelurahan" label={t('form.kelurahan')} error={errors.kelurahan}>
        {(control) => (
          <select
            {...control}
            value={kelurahanCode}
            disabled={!kecamatanCode || !kelurahan.data}
            onChange={(e) => onChange({ kecamatanCode, kelurahanCode: e.target.value })}
          >
            <option value="">{kecamatanCode ? t('form.area.choose') : t('form.kelurahan.first')}</option>
            {kelurahan.data?.map((area) => (
              <option key={area.code} value={area.code}>
                {area.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
