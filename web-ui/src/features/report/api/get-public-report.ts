import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { getEnv } from '@/config/env';
import { reportKeys } from './query-keys';

export type PublicReportDetail = components['schemas']['PublicReportDetail'];
export type PublicStep = components['schemas']['PublicStep'];
export type PublicPhoto = components['schemas']['PublicPhoto'];

/** The public page of a report by its tracking code or id; 404 when there is none or it is not public. */
export async function getPublicReport(ref: string): Promise<PublicReportDetail> {
  const { data, error, response } = await api().GET('/api/v1/reports/public/{ref}', { params: { path: { ref } } });
  if (!data) throw toApiError(response, error);
  return data;
}

export const publicReportQueryOptions = (ref: string) =>
  queryOptions({
    queryKey: reportKeys.publicPage(ref),
    queryFn: () => getPublicReport(ref),
  });

export const usePublicReport = (ref: string) => useQuery(publicReportQueryOptions(ref));

/** A photo's address: the API gives it relative to itself (getPublicReportPhoto), the page loads it as a plain image. */
export const publicPhotoUrl = (photo: PublicPhoto) =>
  /^https?:\/\//.test(photo.url) ? photo.url : `${getEnv().apiUrl}${photo.url.startsWith('/') ? '' : '/'}${photo.url}`;
