import type { offlineId } from './id';

export const offlineEn: Record<keyof typeof offlineId, string> = {
  'offline.banner': 'You are offline. Reports are kept on this device and sent when the connection returns.',

  'offline.queued.title': 'Report saved, waiting for a connection',
  'offline.queued.body':
    'There is no connection, so your report is kept on this device. It is sent automatically when the connection returns; the tracking code then appears under "Reports on this device".',
  'offline.attachments': 'Attachments are not kept. You can add them once the report has been sent.',
  'offline.draft.saved': 'Draft saved automatically on this device.',
  'offline.draft.discard': 'Discard draft',
  'offline.forget.button': 'Forget this device',
  'offline.forget.question':
    'Remove from this device every waiting report, receipt, PIN, report link and draft? Reports already sent stay; note their tracking codes and PINs first.',
  'offline.forget.confirm': 'Yes, forget',
  'offline.forget.cancel': 'Cancel',
  'offline.forget.done': 'This device no longer keeps your reports, PINs or drafts.',

  'offline.outbox.title': 'Reports on this device',
  'offline.outbox.queued': 'Waiting for a connection ({count})',
  'offline.outbox.queued.status': 'Waiting for a connection',
  'offline.outbox.queued.savedAt': 'Saved {date}',
  'offline.outbox.queued.otherUser': 'Written while logged in with another account. Log in with that account to send it.',
  'offline.outbox.queued.asGuest': 'Written as a guest. Log out to send it as a guest.',
  'offline.outbox.queued.needsLogin': 'Written while you were logged in. Log in again to send it.',
  'offline.outbox.sendNow': 'Send now',
  'offline.outbox.sending': 'Sending…',
  'offline.outbox.sent': 'Sent ({count})',
  'offline.outbox.sent.sentAt': 'Sent {date}',
  'offline.outbox.sent.track': 'Track this report',
  'offline.outbox.pin': 'PIN',
  'offline.outbox.pin.warning':
    'Write this PIN down now. It is shown only once and you need it to see the details of your report.',
  'offline.outbox.dismissSent': 'I have noted it',
  'offline.outbox.failed': 'Could not be sent ({count})',
  'offline.outbox.failed.reason': 'Reason: {reason}',
  'offline.outbox.failed.status': 'the server refused the report (HTTP {status})',
  'offline.outbox.failed.hint': 'Copy the text if you still need it, then write a new report.',
  'offline.outbox.failed.showText': 'Show the report text',
  'offline.outbox.discard': 'Discard',
};
