import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { reportKeys } from './query-keys';

export type ReportSubmission = components['schemas']['ReportSubmission'];
export type ReportReceipt = components['schemas']['ReportReceipt'];

export async function createReport(body: ReportSubmission): Promise<ReportReceipt> {
  const { data, error, response } = await api().POST('/api/v1/reports', { body });
  if (!data) throw toApiError(response, error);
  return data;
}

export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReport,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.mine() }),
  });
}
