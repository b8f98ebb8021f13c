import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { reportKeys } from './query-keys';

export type ReportSubmission = components['schemas']['ReportSubmission'];
export type ReportReceipt = components['schemas']['ReportReceipt'];

/**
 * Submits a report. With an idempotency key (one per report, reused on every retry) the API returns the
 * first report again instead of creating a second one. A guest also sends a proof of work made for that key.
 */
export async function createReport(
  body: ReportSubmission,
  idempotencyKey?: string,
  proofOfWork?: string,
): Promise<ReportReceipt> {
  const header = {
    ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
    ...(proofOfWork ? { 'X-Proof-Of-Work': proofOfWork } : {}),
  };
  const { data, error, response } = await api().POST('/api/v1/reports', { body, params: { header } });
  if (!data) throw toApiError(response, error);
  return data;
}

export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportSubmission) => createReport(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.mine() }),
  });
}
