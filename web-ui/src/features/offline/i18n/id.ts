/** Messages of offline drafts and the submission queue, merged into the main dictionary. */
export const offlineId = {
  'offline.banner': 'Anda sedang luring. Laporan disimpan di perangkat ini dan dikirim saat koneksi kembali.',

  // For the report form: what to say after submitReport() answered { kind: 'queued' }, and about drafts.
  'offline.queued.title': 'Laporan disimpan, menunggu koneksi',
  'offline.queued.body':
    'Belum ada koneksi, jadi laporan Anda disimpan di perangkat ini. Laporan dikirim otomatis saat koneksi kembali; kode pelacakan muncul di bagian "Laporan di perangkat ini".',
  'offline.attachments': 'Lampiran tidak ikut disimpan. Anda dapat menambahkannya setelah laporan terkirim.',
  'offline.draft.saved': 'Draf tersimpan otomatis di perangkat ini.',
  'offline.draft.discard': 'Hapus draf',
  'offline.forget.button': 'Lupakan perangkat ini',
  'offline.forget.question':
    'Hapus dari perangkat ini semua laporan yang menunggu, tanda terima, PIN, tautan laporan dan draf? Laporan yang sudah terkirim tetap ada; catat dulu kode pelacakan dan PIN-nya.',
  'offline.forget.confirm': 'Ya, lupakan',
  'offline.forget.cancel': 'Batal',
  'offline.forget.done': 'Perangkat ini tidak lagi menyimpan laporan, PIN, atau draf Anda.',

  'offline.outbox.title': 'Laporan di perangkat ini',
  'offline.outbox.queued': 'Menunggu koneksi ({count})',
  'offline.outbox.queued.status': 'Menunggu koneksi',
  'offline.outbox.queued.savedAt': 'Disimpan {date}',
  'offline.outbox.queued.otherUser': 'Dibuat saat masuk dengan akun lain. Masuk dengan akun itu untuk mengirimnya.',
  'offline.outbox.queued.asGuest': 'Dibuat sebagai tamu. Keluar dari akun untuk mengirimnya sebagai tamu.',
  'offline.outbox.queued.needsLogin': 'Dibuat saat Anda masuk. Masuk lagi untuk mengirimnya.',
  'offline.outbox.sendNow': 'Kirim sekarang',
  'offline.outbox.sending': 'Mengirim…',
  'offline.outbox.sent': 'Terkirim ({count})',
  'offline.outbox.sent.sentAt': 'Terkirim {date}',
  'offline.outbox.sent.track': 'Lacak laporan ini',
  'offline.outbox.pin': 'PIN',
  'offline.outbox.pin.warning':
    'Catat PIN ini sekarang. PIN hanya ditampilkan sekali dan diperlukan untuk melihat rincian laporan Anda.',
  'offline.outbox.dismissSent': 'Sudah saya catat',
  'offline.outbox.failed': 'Tidak dapat dikirim ({count})',
  'offline.outbox.failed.reason': 'Alasan: {reason}',
  'offline.outbox.failed.status': 'server menolak laporan (HTTP {status})',
  'offline.outbox.failed.hint': 'Salin isinya bila masih diperlukan, lalu buat laporan baru.',
  'offline.outbox.failed.showText': 'Lihat isi laporan',
  'offline.outbox.discard': 'Buang',
} as const;
