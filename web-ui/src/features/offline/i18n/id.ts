/** Messages of offline drafts and the submission queue, merged into the main dictionary. */
export const offlineId = {
  'offline.banner': 'Anda sedang luring. Laporan disimpan di perangkat ini dan dikirim saat koneksi kembali.',
} as const;
