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

const pluralRules: Partial<Record<Locale, Intl.PluralRules>> = {};

/**
 * The message for a number `count`: the variant `<key>.<form>` that the language's plural rules
 * (Intl.PluralRules) choose when the dictionary has it (English "1 day" is `.one`; Indonesian has
 * one form), else the key itself.
 */
function pluralOf(locale: Locale, key: MessageKey, count: number): MessageKey {
  const rules = (pluralRules[locale] ??= new Intl.PluralRules(intlLocales[locale]));
  const form = rules.select(count);
  const variant = `${key}.${form}`;
  return form !== 'other' && variant in dictionaries[locale] ? (variant as MessageKey) : key;
}

/**
 * A message with its `{name}` parameters filled in. A number given as `count` also chooses the
 * plural form and is written in the language's digits (1.500 in Indonesian, 1,500 in English).
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const count = params?.count;
  const chosen = typeof count === 'number' ? pluralOf(locale, key, count) : key;
  const message = dictionaries[locale][chosen] ?? dictionaries[defaultLocale][key] ?? key;
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (match, name: string) => {
    if (!(name in params)) return match;
    const value = params[name];
    return name === 'count' && typeof value === 'number' ? formatNumber(locale, value) : String(value);
  });
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
