import { useI18n } from '@/i18n/use-i18n';

/** "Aktif" / "Nonaktif" in words (never by colour alone). */
export function ActiveStatus({ active }: { active: boolean }) {
  const { t } = useI18n();
  return (
    <span className={active ? 'status status--active' : 'status status--inactive'}>
      {active ? t('admin.active') : t('admin.inactive')}
    </span>
  );
}
