import { reportPins } from '@/api/report-pins';
import { DRAFT_PREFIX } from '../hooks/use-draft';
import { outboxStore } from '../stores/outbox-store';
import { safeStorage } from '../utils/safe-storage';

/** How long a receipt of a report sent from the queue stays on the device unless dismissed. */
export const KEEP_SENT_DAYS = 30;

/**
 * "Lupakan perangkat ini": a phone shared in a family or borrowed at the kelurahan office keeps
 * nothing of the reporter: queued reports (with their contact details), receipts with PINs,
 * drafts, and the PINs and access keys of this tab. What was sent stays on the server.
 */
export function forgetDevice(): void {
  outboxStore.clear();
  safeStorage.keys(DRAFT_PREFIX).forEach((key) => safeStorage.remove(key));
  reportPins.clear();
}

/** Receipts older than KEEP_SENT_DAYS are dropped: kept no longer than the reporter needs them. */
export function forgetOldReceipts(now = new Date()): number {
  const oldest = now.getTime() - KEEP_SENT_DAYS * 24 * 60 * 60 * 1000;
  const old = outboxStore.getSnapshot().sent.filter((s) => Date.parse(s.sentAt) < oldest);
  old.forEach((s) => outboxStore.remove(s.key));
  return old.length;
}
