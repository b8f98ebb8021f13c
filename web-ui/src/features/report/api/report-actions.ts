import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { reportKeys } from './query-keys';

type Schemas = components['schemas'];

/** Every decision on a report, by the body it takes; each answers with the report after the change. */
export type ReportAction =
  | { kind: 'verify'; body: Schemas['Verification'] }
  | { kind: 'hold'; body: Schemas['Hold'] }
  | { kind: 'archive'; body: Schemas['Archive'] }
  | { kind: 'forward'; body: Schemas['Forward'] }
  | { kind: 'return'; body: Schemas['Return'] }
  | { kind: 'followUp'; body: Schemas['FollowUp'] }
  | { kind: 'resolve'; body: Schemas['Resolution'] }
  | { kind: 'confirm'; body: Schemas['Confirmation'] }
  | { kind: 'dispute'; body: Schemas['Dispute'] }
  | { kind: 'message'; body: Schemas['MessageInput'] }
  | { kind: 'moderate'; body: Schemas['Moderation'] };

async function send(id: string, action: ReportAction): Promise<unknown> {
  const client = api();
  const params = { params: { path: { id } } };
  const result = await (() => {
    switch (action.kind) {
      case 'verify':
        return client.POST('/api/v1/reports/{id}/verification', { ...params, body: action.body });
      case 'hold':
        return client.POST('/api/v1/reports/{id}/hold', { ...params, body: action.body });
      case 'archive':
        return client.POST('/api/v1/reports/{id}/archive', { ...params, body: action.body });
      case 'forward':
        return client.POST('/api/v1/reports/{id}/forwards', { ...params, body: action.body });
      case 'return':
        return client.POST('/api/v1/reports/{id}/returns', { ...params, body: action.body });
      case 'followUp':
        return client.POST('/api/v1/reports/{id}/follow-ups', { ...params, body: action.body });
      case 'resolve':
        return client.POST('/api/v1/reports/{id}/resolution', { ...params, body: action.body });
      case 'confirm':
        return client.POST('/api/v1/reports/{id}/confirmation', { ...params, body: action.body });
      case 'dispute':
        return client.POST('/api/v1/reports/{id}/dispute', { ...params, body: action.body });
      case 'message':
        return client.POST('/api/v1/reports/{id}/messages', { ...params, body: action.body });
      case 'moderate':
        return client.POST('/api/v1/reports/{id}/moderation', { ...params, body: action.body });
    }
  })();
  if (result.error !== undefined || !result.response.ok) throw toApiError(result.response, result.error);
  return result.data;
}

/** Runs one decision and refreshes the report, its history, its messages and the queues. */
export function useReportAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: ReportAction) => send(id, action),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}
