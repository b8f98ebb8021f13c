import { useState, type FormEvent } from 'react';
import { Field } from '@/components/ui/field';
import { useI18n } from '@/i18n/use-i18n';
import { holidayKinds, useAddHoliday, type Holiday, type HolidayKind } from '../api/holidays';
import { useFormFeedback } from '../hooks/use-form-feedback';
import {
  emptyHoliday,
  holidayFields,
  MAX_YEAR,
  MIN_YEAR,
  validateHolidayForm,
  type HolidayFormValues,
} from '../utils/holiday-form';
import { EditorPanel } from './editor-panel';
import { FormActions } from './form-actions';
import { FormFeedback } from './form-feedback';

type HolidayFormProps = {
  /** The year on screen: a new holiday defaults to a day in it. */
  year: number;
  onCancel: () => void;
  onAdded: (holiday: Holiday) => void;
};

/** Adds a national holiday, cuti bersama day or local day off. */
export function HolidayForm({ year, onCancel, onAdded }: HolidayFormProps) {
  const { t } = useI18n();
  const addHoliday = useAddHoliday();
  const [values, setValues] = useState<HolidayFormValues>(emptyHoliday);
  const feedback = useFormFeedback(holidayFields);

  const set = <K extends keyof HolidayFormValues>(name: K, value: HolidayFormValues[K]) =>
    setValues((prev) => ({ ...prev, [name]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    feedback.reset();
    const result = validateHolidayForm(values);
    if (!result.ok) {
      feedback.showInvalid(result.errors);
      return;
    }
    addHoliday.mutate(result.body, { onSuccess: onAdded, onError: feedback.showError });
  };

  return (
    <EditorPanel title={t('holiday.createTitle')} onCancel={onCancel} testId="holiday-editor">
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={addHoliday.isPending}>
        <FormFeedback summary={feedback.summary} />
        <Field id="holiday-date" label={t('holiday.date')} error={feedback.errorText('date')}>
          {(control) => (
            <input
              {...control}
              name="date"
              type="date"
              min={`${MIN_YEAR}-01-01`}
              max={`${MAX_YEAR}-12-31`}
              placeholder={`${year}-12-25`}
              required
              value={values.date}
              onChange={(event) => set('date', event.target.value)}
            />
          )}
        </Field>
        <Field id="holiday-name" label={t('holiday.name')} hint={t('holiday.name.hint')} error={feedback.errorText('name')}>
          {(control) => (
            <input
              {...control}
              name="name"
              type="text"
              maxLength={200}
              required
              value={values.name}
              onChange={(event) => set('name', event.target.value)}
            />
          )}
        </Field>
        <Field id="holiday-kind" label={t('holiday.kind')} error={feedback.errorText('kind')}>
          {(control) => (
            <select {...control} name="kind" value={values.kind} onChange={(event) => set('kind', event.target.value as HolidayKind)}>
              {holidayKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`holiday.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormActions pending={addHoliday.isPending} onCancel={onCancel} />
      </form>
    </EditorPanel>
  );
}
