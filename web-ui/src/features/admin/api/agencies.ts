import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import type { Agency } from '@/features/agency/api/get-agencies';
import { agencyKeys } from '@/features/agency/api/query-keys';

export type AgencyInput = components['schemas']['AgencyInput'];

export async function createAgency(body: AgencyInput): Promise<Agency> {
  const { data, error, response } = await api().POST('/api/v1/agencies', { body });
  if (!data) throw toApiError(response, error);
  return data;
}

export async function updateAgency({ id, body }: { id: string; body: AgencyInput }): Promise<Agency> {
  const { data, error, response } = await api().PUT('/api/v1/agencies/{id}', { params: { path: { id } }, body });
  if (!data) throw toApiError(response, error);
  return data;
}

export function useCreateAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAgency,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agencyKeys.all }),
  });
}

export function useUpdateAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAgency,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agencyKeys.all }),
  });
}
