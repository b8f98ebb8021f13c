// The offline feature's public surface, used by the report form and the app layout.
export { submitReport, flushOutbox, startOutboxSync, isNetworkFailure } from './api/outbox';
export type { SubmitResult, FlushResult } from './api/outbox';
export { prepareGuestProof } from './api/guest-proof';
export { useDraft } from './hooks/use-draft';
export { useOutbox } from './hooks/use-outbox';
export { useOnline } from './hooks/use-online';
export { OfflineBanner } from './components/offline-banner';
export { OutboxPanel } from './components/outbox-panel';
export { ForgetDevice } from './components/forget-device';
export { forgetOldReceipts } from './api/forget-device';
export type { QueuedReport, SentReport, FailedReport, OutboxSnapshot } from './stores/outbox-store';
