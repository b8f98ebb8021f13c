import { useMutation } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
export type AssistedReport = components['schemas']['AssistedReport'];
export type ReportReceipt = components['schemas']['ReportReceipt'];

/**
 * Enters a report for a complainant. The same idempotency key for the same body (a retry after a lost
 * answer) returns the first report instead of a second one.
 */
export async function createAssistedReport({ body, idempotencyKey }: { body: AssistedReport; idempotencyKey: string }): Promise<ReportReceipt> {
  const { data, error, response } = await api().POST('/api/v1/assisted-reports', {
    body,
    params: { header: { 'Idempotency-Key': idempotencyKey } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export function useCreateAssistedReport() {
  return useMutation({ mutationFn: createAssistedReport });
}
