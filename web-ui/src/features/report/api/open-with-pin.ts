import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import { reportKeys } from './query-keys';
import { reportPins } from '@/api/report-pins';

/** A guest opens their report with code and PIN; the PIN is then sent with the report's other calls. */
export function useOpenWithPin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ trackingCode, pin }: { trackingCode: string; pin: string }) => {
      const { data, error, response } = await api().POST('/api/v1/reports/track/{trackingCode}/access', {
        params: { path: { trackingCode } },
        body: { pin },
      });
      if (!data) throw toApiError(response, error);
      reportPins.set(data.id, pin);
      queryClient.setQueryData(reportKeys.detail(data.id), data);
      return data;
    },
  });
}
