import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { localeStore } from './locale-store';
import { formatDateTime, translate, type MessageKey, type MessageParams } from './translate';

/** The current language, a `t()` for the typed dictionary and a date formatter for that language. */
export function useI18n() {
  const locale = useSyncExternalStore(localeStore.subscribe, localeStore.get, localeStore.get);
  const t = useCallback(
    (key: MessageKey, params?: MessageParams) => translate(locale, key, params),
    [locale],
  );
  const formatDate = useCallback((iso: string) => formatDateTime(locale, iso), [locale]);
  return useMemo(
    () => ({ locale, setLocale: localeStore.set, t, formatDate }),
    [locale, t, formatDate],
  );
}
