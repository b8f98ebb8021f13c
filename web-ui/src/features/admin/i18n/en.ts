import type { adminId } from './id';

export const adminEn: Record<keyof typeof adminId, string> = {
  'admin.nav': 'Settings',
};
