import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { cursorPagesOptions } from '@/lib/cursor-pages';
import { officerKeys } from './query-keys';

export type Officer = components['schemas']['Officer'];
export type OfficerPage = components['schemas']['OfficerPage'];
export type OfficerRegistration = components['schemas']['OfficerRegistration'];
export type OfficerUpdate = components['schemas']['OfficerUpdate'];

const PAGE_SIZE = 20;

export async function getOfficers(cursor?: string): Promise<OfficerPage> {
  const { data, error, response } = await api().GET('/api/v1/officers', {
    params: { query: { cursor, size: PAGE_SIZE } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export const officersQueryOptions = () => cursorPagesOptions(officerKeys.list(), getOfficers);

/** Officers a page at a time, in account id order. */
export function useOfficers() {
  return useInfiniteQuery(officersQueryOptions());
}

/** The answer holds `temporaryPassword` when a new account was created: show it once, never cache it. */
export async function registerOfficer(body: OfficerRegistration): Promise<Officer> {
  const { data, error, response } = await api().POST('/api/v1/officers', { body });
  if (!data) throw toApiError(response, error);
  return data;
}

export async function updateOfficer({ subject, body }: { subject: string; body: OfficerUpdate }): Promise<Officer> {
  const { data, error, response } = await api().PUT('/api/v1/officers/{subject}', {
    params: { path: { subject } },
    body,
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export function useRegisterOfficer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerOfficer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: officerKeys.all }),
  });
}

export function useUpdateOfficer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOfficer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: officerKeys.all }),
  });
}
