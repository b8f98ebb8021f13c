import { Alert } from '@/components/ui/alert';
import { ConfirmBox } from '@/components/ui/confirm-box';
import { useI18n } from '@/i18n/use-i18n';
import type { Failure } from '../hooks/use-form-feedback';

type ConfirmRemovalProps = {
  id: string;
  question: string;
  /** The title over the server's answer when the removal failed. */
  failedTitle: string;
  failure: Failure | null;
  pending: boolean;
  pendingLabel: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/** "Really remove?" with the answer of a failed attempt, and yes / cancel buttons. */
export function ConfirmRemoval(props: ConfirmRemovalProps) {
  const { t } = useI18n();
  const { id, failure } = props;
  return (
    <ConfirmBox id={id} labelledBy={`${id}-text`} testId="confirm-remove" onEscape={props.onCancel}>
      <p id={`${id}-text`}>{props.question}</p>
      {failure && (
        <Alert tone="error" title={props.failedTitle}>
          <p>{t(failure.title)}</p>
          {failure.detail && <p>{failure.detail}</p>}
        </Alert>
      )}
      <div className="actions">
        <button type="button" className="button button--danger" disabled={props.pending} onClick={props.onConfirm}>
          {props.pending ? props.pendingLabel : props.confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          {t('admin.cancel')}
        </button>
      </div>
    </ConfirmBox>
  );
}
