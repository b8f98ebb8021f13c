import { useRef, useState } from 'react';
import { useI18n } from '@/i18n/use-i18n';
import { useRemoveHoliday, type Holiday } from '../api/holidays';
import { failureOf } from '../hooks/use-form-feedback';
import { formatDay } from '../utils/format';
import { ConfirmRemoval } from './confirm-box';

type HolidayListProps = {
  year: number;
  holidays: readonly Holiday[];
  manage: boolean;
  onRemoved: (holiday: Holiday) => void;
};

/** A year's holidays in date order; admins remove one after confirming it. */
export function HolidayList({ year, holidays, manage, onRemoved }: HolidayListProps) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <ul className="admin-list" aria-label={t('holiday.list', { year })} data-testid="holiday-list">
      {holidays.map((holiday) => (
        <li key={holiday.date} className="admin-card">
          <div className="admin-card__head">
            <h2 className="admin-card__title">{holiday.name}</h2>
            <span className={`status status--${holiday.kind.toLowerCase().replace('_', '-')}`}>
              {t(`holiday.kind.${holiday.kind}`)}
            </span>
          </div>
          <p className="admin-card__meta">
            <time dateTime={holiday.date}>{formatDay(locale, holiday.date)}</time>
          </p>
          {manage && (
            <RemoveHoliday
              holiday={holiday}
              open={confirming === holiday.date}
              onOpen={() => setConfirming(holiday.date)}
              onClose={() => setConfirming(null)}
              onRemoved={() => {
                setConfirming(null);
                onRemoved(holiday);
              }}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

type RemoveHolidayProps = {
  holiday: Holiday;
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
  onRemoved: () => void;
};

/** The remove button and, once pressed, the question that must be answered before anything is deleted. */
function RemoveHoliday({ holiday, open, onOpen, onClose, onRemoved }: RemoveHolidayProps) {
  const { t, locale } = useI18n();
  const removeHoliday = useRemoveHoliday();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const confirmId = `remove-${holiday.date}`;
  const failure = removeHoliday.isError ? failureOf(removeHoliday.error) : null;

  const close = () => {
    removeHoliday.reset();
    onClose();
    buttonRef.current?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button button--small button--secondary admin-card__action"
        aria-label={t('holiday.removeItem', { name: holiday.name })}
        aria-expanded={open}
        aria-controls={open ? confirmId : undefined}
        onClick={open ? close : onOpen}
      >
        {t('holiday.remove')}
      </button>
      {open && (
        <ConfirmRemoval
          id={confirmId}
          question={t('holiday.confirm', { name: holiday.name, date: formatDay(locale, holiday.date) })}
          failedTitle={t('holiday.removeFailed')}
          failure={failure}
          pending={removeHoliday.isPending}
          pendingLabel={t('holiday.removing')}
          confirmLabel={t('holiday.confirmYes')}
          onConfirm={() => removeHoliday.mutate(holiday.date, { onSuccess: onRemoved })}
          onCancel={close}
        />
      )}
    </>
  );
}
