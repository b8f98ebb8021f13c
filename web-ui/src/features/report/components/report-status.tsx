import type { components } from '@/api/schema';
import { useI18n } from '@/i18n/use-i18n';

type ReportStatus = components['schemas']['ReportStatus'];

/** A report's status as a coloured badge, named in the chosen language. */
export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge--${status.toLowerCase().replace('_', '-')}`} data-testid="report-status">
      {t(`status.${status}`)}
    </span>
  );
}
