import { useState } from 'react';
import { isApiError, type Violation } from '@/api/errors';
import { useI18n } from '@/i18n/use-i18n';
import type { MessageKey } from '@/i18n/translate';
import { mapViolations, type FieldErrors } from '@/lib/violations';

/** Why a request failed when no field is to blame: a conflict, a refusal, or anything else. */
export type Failure = { title: MessageKey; detail?: string };

export type FormSummary = {
  invalid: boolean;
  other: Violation[];
  failure: Failure | null;
  /** Counts the summaries shown: FormFeedback moves the focus to each new one. */
  shown: number;
};

/** The summary of a failed request that no field is to blame for. */
export function failureOf(error: unknown): Failure {
  const detail = isApiError(error) ? error.problem?.detail : undefined;
  if (isApiError(error, 409)) return { title: 'admin.form.conflict', detail };
  if (isApiError(error, 403)) return { title: 'admin.form.forbidden' };
  if (isApiError(error, 404)) return { title: 'admin.form.notFound' };
  return { title: 'admin.form.failed', detail };
}

/**
 * The error state of an admin form: our own checks and server violations per field, the rest in a
 * summary (see FormFeedback).
 */
export function useFormFeedback<F extends string>(fields: readonly F[]) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [other, setOther] = useState<Violation[]>([]);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [shown, setShown] = useState(0);

  const errorText = (field: F): string | undefined => {
    const error = errors[field];
    if (!error) return undefined;
    return 'key' in error ? t(error.key) : error.text;
  };

  const reset = () => {
    setErrors({});
    setOther([]);
    setFailure(null);
  };

  const showInvalid = (fieldErrors: FieldErrors<F>, otherViolations: Violation[] = []) => {
    setErrors(fieldErrors);
    setOther(otherViolations);
    setFailure(null);
    setShown((n) => n + 1);
  };

  /** Shows a failed request: 400 violations next to their fields, anything else in the summary. */
  const showError = (error: unknown) => {
    if (isApiError(error, 400) && error.violations.length > 0) {
      const { fieldErrors, other: rest } = mapViolations(fields, error.violations);
      showInvalid(fieldErrors, rest);
      return;
    }
    setErrors({});
    setOther([]);
    setFailure(failureOf(error));
    setShown((n) => n + 1);
  };

  const summary: FormSummary = {
    invalid: Object.keys(errors).length > 0 || other.length > 0,
    other,
    failure,
    shown,
  };
  return { errorText, reset, showInvalid, showError, summary };
}
