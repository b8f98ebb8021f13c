/** Messages of the admin screens (agencies, categories, officers, holidays), merged into the main dictionary. */
export const adminId = {
  'admin.nav': 'Pengaturan',
} as const;
