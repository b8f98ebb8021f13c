import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { fetchAllPages } from '@/lib/cursor-pages';
import { categoryKeys } from './query-keys';

export type Category = components['schemas']['Category'];
export type CategoryPage = components['schemas']['CategoryPage'];

const PAGE_SIZE = 100;

export async function getCategoryPage(query: { includeInactive?: boolean; cursor?: string } = {}): Promise<CategoryPage> {
  const { data, error, response } = await api().GET('/api/v1/categories', {
    params: { query: { ...query, size: PAGE_SIZE } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

/** Every category, following the cursor to the last page. Public: no login needed. */
export function getAllCategories(includeInactive = false): Promise<Category[]> {
  return fetchAllPages((cursor) => getCategoryPage({ includeInactive: includeInactive || undefined, cursor }));
}

export const allCategoriesQueryOptions = (includeInactive = false) =>
  queryOptions({ queryKey: categoryKeys.list(includeInactive), queryFn: () => getAllCategories(includeInactive) });

/**
 * All categories in code order, each with its parent and default agency. Active ones only, as the
 * report form wants them; the admin screen asks for `includeInactive` too.
 */
export function useAllCategories(options: { includeInactive?: boolean; enabled?: boolean } = {}) {
  const { includeInactive = false, enabled } = options;
  return useQuery({ ...allCategoriesQueryOptions(includeInactive), enabled });
}
