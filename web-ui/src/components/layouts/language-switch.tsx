import { useI18n } from '@/i18n/use-i18n';
import { isLocale, locales } from '@/i18n/translate';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="language-switch">
      <label htmlFor="language" className="visually-hidden">
        {t('lang.label')}
      </label>
      <select
        id="language"
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
