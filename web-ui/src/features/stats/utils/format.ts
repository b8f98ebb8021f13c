import { useMemo } from 'react';
import { intlLocales } from '@/i18n/translate';
import { useI18n } from '@/i18n/use-i18n';
import type { Interval } from './period';

/** Shares, means, signed changes and working days written with Intl in the UI language (0,884 → "88,4%" in Indonesian). */
export function useStatsFormat() {
  const { locale, t } = useI18n();
  return useMemo(() => {
    const tag = intlLocales[locale];
    const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
    const signedPercent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const oneDecimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return {
      percent: (share: number) => percent.format(share),
      signedPercent: (share: number) => signedPercent.format(share),
      decimal: (value: number) => oneDecimal.format(value),
      /** A change of a share in percentage points (0.035 → "3,5"). */
      points: (share: number) => oneDecimal.format(share * 100),
      /** "1 working day", "3 working days". */
      days: (count: number) => t('stats.days', { count }),
    };
  }, [locale, t]);
}

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** The start of a series item: short on the chart's axis ("2 Nov", "Nov 2026"), in full in its table. */
export function useBucketLabels(interval: Interval) {
  const { locale, t, formatDay } = useI18n();
  return useMemo(() => {
    const tag = intlLocales[locale];
    const short = new Intl.DateTimeFormat(
      tag,
      interval === 'month' ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' },
    );
    const month = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return {
      short: (start: string) => short.format(utcDay(start)),
      long: (start: string) =>
        interval === 'month' ? month.format(utcDay(start)) : interval === 'week' ? t('stats.series.week', { day: formatDay(start) }) : formatDay(start),
    };
  }, [locale, t, formatDay, interval]);
}
