import { intlLocales, type Locale } from '@/i18n/translate';

/**
 * A calendar day (YYYY-MM-DD) in words with its weekday, e.g. "Kamis, 24 Desember 2026". Formatted in
 * UTC so that the day never shifts with the browser's time zone.
 */
export function formatDay(locale: Locale, day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'full', timeZone: 'UTC' }).format(date);
}
