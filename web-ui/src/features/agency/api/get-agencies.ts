import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { fetchAllPages } from '@/lib/cursor-pages';
import { agencyKeys } from './query-keys';

export type Agency = components['schemas']['Agency'];
export type AgencyPage = components['schemas']['AgencyPage'];

const PAGE_SIZE = 100;

export async function getAgencyPage(query: { parentId?: string; cursor?: string } = {}): Promise<AgencyPage> {
  const { data, error, response } = await api().GET('/api/v1/agencies', {
    params: { query: { ...query, size: PAGE_SIZE } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

/** Every agency (or every direct sub-unit of `parentId`), following the cursor to the last page. */
export function getAllAgencies(parentId?: string): Promise<Agency[]> {
  return fetchAllPages((cursor) => getAgencyPage({ parentId, cursor }));
}

export const allAgenciesQueryOptions = () =>
  queryOptions({ queryKey: agencyKeys.list(), queryFn: () => getAllAgencies() });

export const subUnitsQueryOptions = (parentId: string) =>
  queryOptions({ queryKey: agencyKeys.subUnits(parentId), queryFn: () => getAllAgencies(parentId) });

/** All agencies and sub-units, flat, in code order (officials only). */
export function useAllAgencies(options: { enabled?: boolean } = {}) {
  return useQuery({ ...allAgenciesQueryOptions(), ...options });
}

/** The direct sub-units of an agency; idle until `parentId` is known. */
export function useSubUnits(parentId: string | undefined) {
  return useQuery({ ...subUnitsQueryOptions(parentId ?? ''), enabled: Boolean(parentId) });
}
