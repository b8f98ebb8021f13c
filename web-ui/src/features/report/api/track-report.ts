import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { reportKeys } from './query-keys';

export type TrackedReport = components['schemas']['TrackedReport'];

export async function trackReport(trackingCode: string): Promise<TrackedReport> {
  const { data, error, response } = await api().GET('/api/v1/reports/track/{trackingCode}', {
    params: { path: { trackingCode } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export const trackReportQueryOptions = (trackingCode: string) =>
  queryOptions({
    queryKey: reportKeys.track(trackingCode),
    queryFn: () => trackReport(trackingCode),
  });

export function useTrackReport(trackingCode: string | undefined) {
  return useQuery({ ...trackReportQueryOptions(trackingCode ?? ''), enabled: Boolean(trackingCode) });
}
