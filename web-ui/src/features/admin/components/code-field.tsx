import { Field } from '@/components/ui/field';
import { useI18n } from '@/i18n/use-i18n';

type CodeFieldProps = {
  id: string;
  /** A code of this hierarchy, shown in the hint. */
  example: string;
  value: string;
  error?: string;
  onChange: (code: string) => void;
};

/** The short code of an agency or category: capitals, typed as such whatever the keyboard does. */
export function CodeField({ id, example, value, error, onChange }: CodeFieldProps) {
  const { t } = useI18n();
  return (
    <Field id={id} label={t('admin.code')} hint={t('admin.code.hint', { example })} error={error}>
      {(control) => (
        <input
          {...control}
          name="code"
          type="text"
          className="mono"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={32}
          required
          value={value}
          onChange={(event) => onChange(event.target.value.toUpperCase())}
        />
      )}
    </Field>
  );
}
