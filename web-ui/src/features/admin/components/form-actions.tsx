import { useI18n } from '@/i18n/use-i18n';

/** Save and cancel, side by side; save shows that it is working. */
export function FormActions({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="actions admin-editor__actions">
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('admin.saving') : t('admin.save')}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('admin.cancel')}
      </button>
    </div>
  );
}
