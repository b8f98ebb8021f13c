import type { ReactNode } from 'react';
import { ConfirmBox } from '@/components/ui/confirm-box';
import { useI18n } from '@/i18n/use-i18n';

type ConfirmErasureProps = {
  /** Names the box for the button's aria-controls. */
  id: string;
  title: string;
  /** What erasing does, in plain words; read out as the box's description. */
  children: ReactNode;
  /** The answer of a failed attempt, shown above the buttons so the user can try again. */
  failure?: ReactNode;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** The explicit "really erase?" step: takes the focus when it opens, Escape or Cancel answers "no". */
export function ConfirmErasure({ id, title, children, failure, confirmLabel, pending, onConfirm, onCancel }: ConfirmErasureProps) {
  const { t } = useI18n();
  return (
    <ConfirmBox
      id={id}
      labelledBy={`${id}-title`}
      describedBy={`${id}-text`}
      className="my-data__confirm"
      testId={`${id}-confirm`}
      onEscape={onCancel}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <div id={`${id}-text`}>{children}</div>
      {failure}
      <div className="actions">
        <button type="button" className="button button--danger" disabled={pending} onClick={onConfirm}>
          {pending ? t('myData.erase.busy') : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('myData.cancel')}
        </button>
      </div>
    </ConfirmBox>
  );
}
