import { isApiError } from '@/api/errors';
import type { MessageKey } from '@/i18n/translate';

/** Why a personal-data request failed, in words for the citizen or guest, and the server's detail if it helps. */
export type Failure = { reason: MessageKey; detail?: string };

export function failureOf(error: unknown): Failure {
  // The client middleware has already started a new login on 401; the message says why the page moves on.
  if (isApiError(error, 401)) return { reason: 'myData.failed.session' };
  if (isApiError(error, 403)) return { reason: 'myData.failed.forbidden' };
  // A wrong or forgotten PIN is answered like an unknown report.
  if (isApiError(error, 404)) return { reason: 'myData.failed.notFound' };
  if (isApiError(error, 429)) return { reason: 'myData.failed.tooMany' };
  if (isApiError(error)) return { reason: 'myData.failed.server', detail: error.problem?.detail };
  return { reason: 'myData.failed.network' };
}
