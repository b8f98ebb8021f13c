import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { cursorPagesOptions } from '@/lib/cursor-pages';
import { useInvalidatingMutation } from './invalidating-mutation';
import { apiClientKeys } from './query-keys';

export type ApiClient = components['schemas']['ApiClient'];
export type ApiClientInput = components['schemas']['ApiClientInput'];
export type ApiClientCreated = components['schemas']['ApiClientCreated'];
export type ApiClientPage = components['schemas']['ApiClientPage'];

const PAGE_SIZE = 20;

export async function getApiClients(cursor?: string): Promise<ApiClientPage> {
  const { data, error, response } = await api().GET('/api/v1/admin/api-clients', {
    params: { query: { cursor, size: PAGE_SIZE } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

/** Applications with keys a page at a time, newest first, revoked ones included. */
export function useApiClients() {
  return useInfiniteQuery(cursorPagesOptions(apiClientKeys.list(), getApiClients));
}

/** The answer holds the `apiKey`, which the API never shows again: keep it out of the query cache. */
export async function addApiClient(body: ApiClientInput): Promise<ApiClientCreated> {
  const { data, error, response } = await api().POST('/api/v1/admin/api-clients', { body });
  if (!data) throw toApiError(response, error);
  return data;
}

/** The key stops working at once; the application stays in the list as revoked. */
export async function revokeApiClient(id: string): Promise<void> {
  const { error, response } = await api().DELETE('/api/v1/admin/api-clients/{id}', { params: { path: { id } } });
  if (!response.ok) throw toApiError(response, error);
}

export const useAddApiClient = () => useInvalidatingMutation(apiClientKeys.all, addApiClient, { secret: true });
export const useRevokeApiClient = () => useInvalidatingMutation(apiClientKeys.all, revokeApiClient);
