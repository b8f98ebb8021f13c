import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { holidayKeys } from './query-keys';

export type Holiday = components['schemas']['Holiday'];
export type HolidayKind = Holiday['kind'];

export const holidayKinds = ['NATIONAL', 'CUTI_BERSAMA', 'LOCAL'] as const satisfies readonly HolidayKind[];

const PAGE_SIZE = 100;

/** Every holiday of a year, in date order (a year has a few dozen at most, so all pages are fetched). */
export async function getHolidays(year: number): Promise<Holiday[]> {
  const holidays: Holiday[] = [];
  let cursor: string | undefined;
  do {
    const { data, error, response } = await api().GET('/api/v1/holidays', {
      params: { query: { year, cursor, size: PAGE_SIZE } },
    });
    if (!data) throw toApiError(response, error);
    holidays.push(...data.items);
    cursor = data.nextCursor ?? undefined;
  } while (cursor);
  return holidays;
}

export const holidaysQueryOptions = (year: number) =>
  queryOptions({ queryKey: holidayKeys.year(year), queryFn: () => getHolidays(year) });

export function useHolidays(year: number) {
  return useQuery(holidaysQueryOptions(year));
}

export async function addHoliday(body: Holiday): Promise<Holiday> {
  const { data, error, response } = await api().POST('/api/v1/holidays', { body });
  if (!data) throw toApiError(response, error);
  return data;
}

export async function removeHoliday(date: string): Promise<void> {
  const { error, response } = await api().DELETE('/api/v1/holidays/{date}', { params: { path: { date } } });
  if (!response.ok) throw toApiError(response, error);
}

export function useAddHoliday() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addHoliday,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: holidayKeys.all }),
  });
}

export function useRemoveHoliday() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeHoliday,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: holidayKeys.all }),
  });
}
