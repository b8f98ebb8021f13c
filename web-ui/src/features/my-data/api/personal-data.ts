import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { saveBlob } from '@/lib/save-file';
import { reportKeys } from '@/features/report/api/query-keys';
import { exportFilename } from '../utils/export-filename';

export type PersonalDataExport = components['schemas']['PersonalDataExport'];
export type Erasure = components['schemas']['Erasure'];

export async function exportMyData(): Promise<PersonalDataExport> {
  const { data, error, response } = await api().GET('/api/v1/me/data');
  if (!data) throw toApiError(response, error);
  return data;
}

export async function eraseMyData(): Promise<Erasure> {
  const { data, error, response } = await api().POST('/api/v1/me/erasure');
  if (!data) throw toApiError(response, error);
  return data;
}

/** The PIN goes along in X-Report-Pin: the client middleware adds it for the report the guest opened with it. */
export async function eraseMyContact(reportId: string): Promise<Erasure> {
  const { data, error, response } = await api().POST('/api/v1/reports/{id}/erasure', {
    params: { path: { id: reportId } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

/** Fetches everything held about the citizen and saves it as `aduan-data-YYYY-MM-DD.json`. */
export const useExportMyData = () =>
  useMutation({
    mutationFn: async () => {
      const data = await exportMyData();
      saveBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), exportFilename(new Date()));
    },
  });

/** Anonymises the citizen's reports, messages and supports; their report lists and pages are stale afterwards. */
export function useEraseMyData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eraseMyData,
    // The erased reports leave "my reports", and each cached report page has lost its contact.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

/** A guest (with the PIN) has one report forget their contact; the report page then shows it without. */
export function useEraseMyContact(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => eraseMyContact(reportId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.detail(reportId) }),
  });
}
