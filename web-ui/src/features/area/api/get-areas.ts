import { useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { fetchAllPages } from '@/lib/cursor-pages';

export type Area = components['schemas']['Area'];

/** The areas directly under `parentCode` (all pages; a kecamatan has a few dozen kelurahan at most). */
export function getAreas(parentCode: string | undefined): Promise<Area[]> {
  return fetchAllPages(async (cursor) => {
    const { data, error, response } = await api().GET('/api/v1/areas', {
      params: { query: { parentCode, cursor, size: 100 } },
    });
    if (!data) throw toApiError(response, error);
    return data;
  });
}

export const useAreas = (parentCode: string | undefined, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ['areas', parentCode ?? null],
    queryFn: () => getAreas(parentCode),
    staleTime: 60 * 60_000,
    enabled: options.enabled ?? true,
  });

/** The kecamatan of the city: the children of the only top-level chain (province, then city; see AreaFields). */
export function useCityKecamatan(): Area[] {
  const top = useAreas(undefined);
  const province = top.data?.length === 1 ? top.data[0].code : undefined;
  const cities = useAreas(province, { enabled: Boolean(province) });
  const city = cities.data?.length === 1 ? cities.data[0].code : undefined;
  return useAreas(city, { enabled: Boolean(city) }).data ?? [];
}
