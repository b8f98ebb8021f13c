import { useI18n } from '@/i18n/use-i18n';

/** Shown when a route throws while rendering or while its code loads. */
export function RouteError() {
  const { t } = useI18n();
  return (
    <div className="page" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </div>
  );
}
