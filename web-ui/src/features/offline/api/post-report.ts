import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';

export type ReportSubmission = components['schemas']['ReportSubmission'];
export type ReportReceipt = components['schemas']['ReportReceipt'];

/**
 * Sends a citizen's report. Only the outbox calls it: every report goes out through the outbox, which fixes
 * the Idempotency-Key (so a retry returns the first report instead of a second one) and a guest's proof of work.
 */
export async function postReport(body: ReportSubmission, idempotencyKey?: string, proofOfWork?: string): Promise<ReportReceipt> {
  const header = {
    ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
    ...(proofOfWork ? { 'X-Proof-Of-Work': proofOfWork } : {}),
  };
  const { data, error, response } = await api().POST('/api/v1/reports', { body, params: { header } });
  if (!data) throw toApiError(response, error);
  return data;
}
