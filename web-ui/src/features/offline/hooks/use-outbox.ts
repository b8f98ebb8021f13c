import { useMemo, useSyncExternalStore } from 'react';
import { dismissOutboxItem, flushOutbox } from '../api/outbox';
import { outboxStore } from '../stores/outbox-store';

/** The reports kept on this device, updated when this or another tab changes them. */
export function useOutbox() {
  const snapshot = useSyncExternalStore(outboxStore.subscribe, outboxStore.getSnapshot, outboxStore.getSnapshot);
  return useMemo(() => ({ ...snapshot, flush: flushOutbox, dismiss: dismissOutboxItem }), [snapshot]);
}
