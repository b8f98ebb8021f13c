import type { offlineId } from './id';

export const offlineEn: Record<keyof typeof offlineId, string> = {
  'offline.banner': 'You are offline. Reports are kept on this device and sent when the connection returns.',
};
