import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { cursorPagesOptions } from '@/lib/cursor-pages';
import { outboxKeys } from './query-keys';

export type OutboxItem = components['schemas']['OutboxItem'];
export type OutboxPage = components['schemas']['OutboxPage'];
export type OutboxStatus = components['schemas']['OutboxStatus'];
export type OutboxKind = components['schemas']['OutboxKind'];

/** DEAD first: those are the ones an admin has to look at. */
export const outboxStatuses = ['DEAD', 'PENDING', 'SENT'] as const satisfies readonly OutboxStatus[];
export const outboxKinds = ['EMAIL', 'SMS', 'WHATSAPP', 'WEBHOOK'] as const satisfies readonly OutboxKind[];

const PAGE_SIZE = 20;

export async function getOutbox(status: OutboxStatus, kind: OutboxKind | undefined, cursor?: string): Promise<OutboxPage> {
  const { data, error, response } = await api().GET('/api/v1/admin/outbox', {
    params: { query: { status, kind, cursor, size: PAGE_SIZE } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

/** Outgoing messages of one status (and kind), newest first, a page at a time. */
export function useOutbox(status: OutboxStatus, kind?: OutboxKind) {
  return useInfiniteQuery(cursorPagesOptions(outboxKeys.list(status, kind), (cursor) => getOutbox(status, kind, cursor)));
}

export async function redeliver(id: string): Promise<OutboxItem> {
  const { data, error, response } = await api().POST('/api/v1/admin/outbox/{id}/redelivery', {
    params: { path: { id } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

/** Puts a dead message back in line; every tab is stale afterwards (it moves from DEAD to PENDING). */
export function useRedeliver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: redeliver,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
  });
}
