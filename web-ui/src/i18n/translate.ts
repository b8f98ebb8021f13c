import { en } from './dictionaries/en';
import { id, type Dictionary, type MessageKey } from './dictionaries/id';

export type { MessageKey };
export type Locale = 'id' | 'en';
export type MessageParams = Record<string, string | number>;

export const locales: readonly Locale[] = ['id', 'en'];
export const defaultLocale: Locale = 'id';
export const dictionaries: Record<Locale, Dictionary> = { id, en };

/** BCP 47 tags for Intl: the UI language decides how dates are written. */
export const intlLocales: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const message = dictionaries[locale][key] ?? dictionaries[defaultLocale][key] ?? key;
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export function formatDateTime(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(intlLocales[locale]).format(value);
}

/** A day (yyyy-mm-dd) in words, without shifting it through a time zone. */
export function formatDay(locale: Locale, day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
