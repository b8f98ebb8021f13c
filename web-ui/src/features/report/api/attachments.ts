import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import { reportKeys } from './query-keys';

export async function uploadAttachment(id: string, file: File) {
  const { data, error, response } = await api().POST('/api/v1/reports/{id}/attachments', {
    params: { path: { id } },
    body: { file: file as unknown as string },
    bodySerializer: () => {
      const form = new FormData();
      form.append('file', file, file.name);
      return form;
    },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export function useUploadAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadAttachment(id, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.detail(id) }),
  });
}

/** Fetches a file with the caller's credentials (an <img src> could not send them) as an object URL. */
export async function attachmentObjectUrl(id: string, attachmentId: string): Promise<string> {
  const { data, error, response } = await api().GET('/api/v1/reports/{id}/attachments/{attachmentId}', {
    params: { path: { id, attachmentId } },
    parseAs: 'blob',
  });
  if (!data) throw toApiError(response, error);
  return URL.createObjectURL(data as Blob);
}
