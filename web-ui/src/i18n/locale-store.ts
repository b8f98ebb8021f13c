import { defaultLocale, isLocale, type Locale } from './translate';

const STORAGE_KEY = 'aduan.locale';
const listeners = new Set<() => void>();

function readStored(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

let current: Locale = readStored();

/** The chosen UI language, outside React so that the API client can send it as Accept-Language. */
export const localeStore = {
  get: (): Locale => current,
  set(locale: Locale) {
    if (locale === current) return;
    current = locale;
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private mode: the choice just does not survive a reload.
    }
    document.documentElement.lang = locale;
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
