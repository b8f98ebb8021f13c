import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { localeStore } from './locale-store';
import { formatDateTime, formatDay, formatNumber, translate, type MessageKey, type MessageParams } from './translate';

/** The current language, a `t()` for the typed dictionary and a date formatter for that language. */
export function useI18n() {
  const locale = useSyncExternalStore(localeStore.subscribe, localeStore.get, localeStore.get);
  const t = useCallback(
    (key: MessageKey, params?: MessageParams) => translate(locale, key, params),
    [locale],
  );
  return useMemo(
    () => ({
      locale,
      setLocale: localeStore.set,
      t,
      formatDate: (iso: string) => formatDateTime(locale, iso),
      formatDay: (day: string) => formatDay(locale, day),
      formatNumber: (value: number) => formatNumber(locale, value),
    }),
    [locale, t],
  );
}
