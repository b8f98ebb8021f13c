import { NavLink } from 'react-router';
import { canManage } from '@/auth/roles';
import { useAuth } from '@/auth/use-auth';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import type { MessageKey } from '@/i18n/translate';

const links: { href: string; label: MessageKey; adminOnly?: true }[] = [
  { href: paths.adminAgencies.getHref(), label: 'admin.nav.agencies' },
  { href: paths.adminCategories.getHref(), label: 'admin.nav.categories' },
  { href: paths.adminOfficers.getHref(), label: 'admin.nav.officers' },
  { href: paths.adminHolidays.getHref(), label: 'admin.nav.holidays' },
  // Subscriptions, messages and API keys carry secrets and contact details: admins only, not supervisors.
  { href: paths.adminWebhooks.getHref(), label: 'admin.nav.webhooks', adminOnly: true },
  { href: paths.adminOutbox.getHref(), label: 'admin.nav.outbox', adminOnly: true },
  { href: paths.adminApiClients.getHref(), label: 'admin.nav.apiClients', adminOnly: true },
];

/** Links between the admin pages a user may open; the current one is marked with aria-current. */
export function AdminNav() {
  const { t } = useI18n();
  const { state } = useAuth();
  const admin = canManage(state);
  return (
    <nav className="admin-nav" aria-label={t('admin.nav.label')}>
      <ul>
        {links.filter((link) => admin || !link.adminOnly).map((link) => (
          <li key={link.href}>
            <NavLink to={link.href}>{t(link.label)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
