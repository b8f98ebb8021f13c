import { Field } from '@/components/ui/field';
import { useI18n } from '@/i18n/use-i18n';
import { addDays, isDay, MAX_PERIOD_DAYS, presetPeriod, presets, type Period } from '../utils/period';

type PeriodFieldsProps = { period: Period; onChange: (period: Period) => void };

/** The period: quick choices (pressed when they match) and the first and last day. */
export function PeriodFields({ period, onChange }: PeriodFieldsProps) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset stats-period">
      <legend>{t('stats.period')}</legend>
      <div className="stats-presets" role="group" aria-label={t('stats.period.quick')}>
        {presets.map((preset) => {
          const choice = presetPeriod(preset);
          const pressed = choice.from === period.from && choice.to === period.to;
          return (
            <button
              key={preset}
              type="button"
              className="button button--small button--secondary"
              aria-pressed={pressed}
              onClick={() => onChange(choice)}
            >
              {t(`stats.period.${preset}`)}
            </button>
          );
        })}
      </div>
      <div className="stats-period__days">
        <Field id="stats-from" label={t('stats.period.from')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={period.from}
              min={addDays(period.to, -(MAX_PERIOD_DAYS - 1))}
              max={period.to}
              onChange={(e) => isDay(e.target.value) && e.target.value <= period.to && onChange({ ...period, from: e.target.value })}
            />
          )}
        </Field>
        <Field id="stats-to" label={t('stats.period.to')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={period.to}
              min={period.from}
              max={addDays(period.from, MAX_PERIOD_DAYS - 1)}
              onChange={(e) => isDay(e.target.value) && e.target.value >= period.from && onChange({ ...period, to: e.target.value })}
            />
          )}
        </Field>
      </div>
    </fieldset>
  );
}
