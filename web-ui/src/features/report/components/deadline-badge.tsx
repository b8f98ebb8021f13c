import { useI18n } from '@/i18n/use-i18n';

type DeadlineBadgeProps = { workingDaysLeft?: number; overdue: boolean };

/** How urgent a step is, in words first (colour only repeats what the words say). */
export function DeadlineBadge({ workingDaysLeft, overdue }: DeadlineBadgeProps) {
  const { t } = useI18n();
  if (workingDaysLeft === undefined) {
    return overdue ? <span className="badge badge--late">{t('deadline.late')}</span> : <span className="badge badge--none">{t('deadline.none')}</span>;
  }
  if (workingDaysLeft < 0 || overdue) {
    return (
      <span className="badge badge--late" data-testid="deadline">
        {t('deadline.lateBy', { days: Math.max(1, -workingDaysLeft) })}
      </span>
    );
  }
  if (workingDaysLeft === 0) {
    return (
      <span className="badge badge--due" data-testid="deadline">
        {t('deadline.lastDay')}
      </span>
    );
  }
  return (
    <span className={workingDaysLeft <= 1 ? 'badge badge--due' : 'badge badge--ok'} data-testid="deadline">
      {t('deadline.left', { days: workingDaysLeft })}
    </span>
  );
}
