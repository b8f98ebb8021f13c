import { useEffect, useState } from 'react';
import { Field } from '@/components/ui/field';
import { useAreas } from '@/features/area/api/get-areas';
import { useI18n } from '@/i18n/use-i18n';

/** Kemendagri codes have one segment per level: 53 province, 53.71 city, 53.71.04 kecamatan, 53.71.04.1001 kelurahan. */
const LABELS = { 1: 'form.province', 2: 'form.city', 3: 'form.kecamatan', 4: 'form.kelurahan' } as const;
type Depth = keyof typeof LABELS;

/** The code of the enclosing area at `depth` (53.71.04 at depth 2 is 53.71). */
const prefix = (code: string, depth: number) => (code.split('.').length > depth ? code.split('.').slice(0, depth).join('.') : '');

type LevelProps = { depth: Depth; parent?: string; value: string; onChange: (code: string) => void; error?: string };

/** One level of the area tree; a level with a single area (the city of a city installation) is chosen silently. */
function AreaLevel({ depth, parent, value, onChange, error }: LevelProps) {
  const { t } = useI18n();
  const areas = useAreas(parent);
  const only = areas.data?.length === 1 ? areas.data[0].code : undefined;
  useEffect(() => {
    if (only && value !== only) onChange(only);
  }, [only, value, onChange]);
  if (!areas.data || areas.data.length <= 1) return null;
  return (
    <Field id={`report-area-${depth}`} label={t(LABELS[depth])} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('form.area.choose')}</option>
          {areas.data.map((area) => (
            <option key={area.code} value={area.code}>
              {area.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type AreaFieldsProps = {
  kecamatanCode: string;
  kelurahanCode: string;
  onChange: (codes: { kecamatanCode: string; kelurahanCode: string }) => void;
  errors: { kecamatan?: string; kelurahan?: string };
};

/**
 * Province, city, kecamatan and kelurahan as the areas the city loaded allow: a city installation
 * asks only for kecamatan and kelurahan. Nothing shows when no areas are loaded (the address field
 * alone still locates the report).
 */
export function AreaFields({ kecamatanCode, kelurahanCode, onChange, errors }: AreaFieldsProps) {
  // Above kecamatan only the current choice is kept; a saved kecamatan implies its province and city.
  const [upper, setUpper] = useState(() => ({ province: prefix(kecamatanCode, 1), city: prefix(kecamatanCode, 2) }));
  const province = upper.province || prefix(kecamatanCode, 1);
  const city = upper.city || prefix(kecamatanCode, 2);
  const clearBelow = () => onChange({ kecamatanCode: '', kelurahanCode: '' });

  return (
    <>
      <AreaLevel
        depth={1}
        value={province}
        onChange={(code) => {
          if (code === province) return;
          setUpper({ province: code, city: '' });
          clearBelow();
        }}
      />
      {province && (
        <AreaLevel
          depth={2}
          parent={province}
          value={city}
          onChange={(code) => {
            if (code === city) return;
            setUpper({ province, city: code });
            clearBelow();
          }}
        />
      )}
      {city && (
        <AreaLevel
          depth={3}
          parent={city}
          value={kecamatanCode}
          error={errors.kecamatan}
          onChange={(code) => code !== kecamatanCode && onChange({ kecamatanCode: code, kelurahanCode: '' })}
        />
      )}
      {kecamatanCode && (
        <AreaLevel
          depth={4}
          parent={kecamatanCode}
          value={kelurahanCode}
          error={errors.kelurahan}
          onChange={(code) => code !== kelurahanCode && onChange({ kecamatanCode, kelurahanCode: code })}
        />
      )}
    </>
  );
}
