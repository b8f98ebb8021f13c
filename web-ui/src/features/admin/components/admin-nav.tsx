import { NavLink } from 'react-router';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import type { MessageKey } from '@/i18n/translate';

const links: { href: string; label: MessageKey }[] = [
  { href: paths.adminAgencies.getHref(), label: 'admin.nav.agencies' },
  { href: paths.adminCategories.getHref(), label: 'admin.nav.categories' },
  { href: paths.adminOfficers.getHref(), label: 'admin.nav.officers' },
  { href: paths.adminHolidays.getHref(), label: 'admin.nav.holidays' },
];

/** Links between the four admin pages; the current one is marked with aria-current. */
export function AdminNav() {
  const { t } = useI18n();
  return (
    <nav className="admin-nav" aria-label={t('admin.nav.label')}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <NavLink to={link.href}>{t(link.label)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
