import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';

/** The page for a logged-in user without the role a page or an API call needs (HTTP 403). */
export function Forbidden() {
  const { t } = useI18n();
  return (
    <div className="page" data-testid="forbidden">
      <h1>{t('forbidden.title')}</h1>
      <p>{t('forbidden.body')}</p>
      <Link to={paths.home.getHref()}>{t('notFound.home')}</Link>
    </div>
  );
}
