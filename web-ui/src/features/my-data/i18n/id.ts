/** Messages of the personal-data rights (UU 27/2022): export and erasure, merged into the main dictionary. */
export const myDataId = {
  'myData.title': 'Data pribadi saya',
  'myData.intro':
    'Undang-Undang Pelindungan Data Pribadi (UU 27/2022) memberi Anda hak untuk mendapatkan salinan data Anda dan meminta data itu dihapus.',
  'myData.download': 'Unduh data saya',
  'myData.download.busy': 'Menyiapkan berkas…',
  'myData.download.hint':
    'Satu berkas JSON berisi akun Anda, semua laporan yang Anda kirim (termasuk data kontaknya), pesan yang Anda tulis, dan laporan yang Anda dukung.',
  'myData.download.done': 'Data Anda telah disimpan sebagai berkas.',
  'myData.download.failed': 'Data Anda tidak dapat diunduh.',
  'myData.erase': 'Hapus data pribadi saya',
  'myData.erase.confirmTitle': 'Hapus data pribadi Anda?',
  'myData.erase.keep':
    'Laporan Anda tetap tersimpan, tetapi tanpa nama, agar statistik dan riwayat penanganan di kota tetap utuh.',
  'myData.erase.remove':
    'Nama, email, dan nomor telepon Anda dihapus dari laporan. Pesan dan lampiran Anda tidak lagi mencantumkan Anda, dan dukungan Anda pada laporan dihapus.',
  'myData.erase.text': 'Judul dan isi laporan tetap ada, karena itulah pengaduannya.',
  'myData.erase.hidden':
    'Setelah itu laporan-laporan tersebut tidak lagi muncul di Laporan saya. Penghapusan ini tidak dapat dibatalkan.',
  'myData.erase.account': 'Akun masuk Anda tidak ikut terhapus: akun itu dihapus di pengaturan akun.',
  'myData.erase.downloadFirst': 'Ingin menyimpan salinannya? Unduh data Anda lebih dulu.',
  'myData.erase.confirm': 'Ya, hapus data pribadi saya',
  'myData.erase.busy': 'Menghapus…',
  'myData.erase.failed': 'Data pribadi Anda tidak dapat dihapus.',
  'myData.erase.done': 'Data pribadi Anda telah dihapus.',
  'myData.erase.reports': 'Laporan yang tidak lagi mencantumkan Anda',
  'myData.erase.messages': 'Pesan yang tidak lagi mencantumkan Anda',
  'myData.erase.supports': 'Dukungan yang dihapus',
  'myData.account.hint': 'Untuk menghapus akun masuk Anda juga, buka pengaturan akun.',
  'myData.account.link': 'Pengaturan akun',
  'myData.cancel': 'Batal',

  'myData.failed.session': 'Sesi Anda telah berakhir. Silakan masuk lagi, lalu ulangi.',
  'myData.failed.forbidden': 'Akun Anda tidak diizinkan melakukan ini.',
  'myData.failed.notFound':
    'Laporan tidak ditemukan atau PIN tidak berlaku lagi. Buka laporan lagi dengan kode pelacakan dan PIN.',
  'myData.failed.tooMany': 'Terlalu banyak permintaan. Tunggu sebentar, lalu coba lagi.',
  'myData.failed.server': 'Server tidak dapat memproses permintaan ini. Coba lagi nanti.',
  'myData.failed.network': 'Tidak dapat terhubung ke server. Periksa koneksi Anda, lalu coba lagi.',

  'eraseContact.title': 'Data kontak Anda',
  'eraseContact.intro': 'Anda dapat meminta laporan ini melupakan nama, email, dan nomor telepon Anda (UU 27/2022).',
  'eraseContact.start': 'Hapus data kontak saya dari laporan ini',
  'eraseContact.confirmTitle': 'Hapus data kontak Anda dari laporan ini?',
  'eraseContact.remove':
    'Nama, email, dan nomor telepon Anda dihapus dari laporan ini, begitu juga pemberitahuan yang belum terkirim. Pemberitahuan yang sudah terkirim tidak lagi menyimpan alamat Anda.',
  'eraseContact.keep': 'Laporan tetap ada dan tetap ditangani. Anda tetap dapat mengikutinya dengan kode pelacakan dan PIN.',
  'eraseContact.noNotices':
    'Petugas tidak dapat lagi menghubungi Anda dan Anda tidak lagi menerima pemberitahuan tentang laporan ini. Penghapusan ini tidak dapat dibatalkan.',
  'eraseContact.confirm': 'Ya, hapus data kontak saya',
  'eraseContact.failed': 'Data kontak Anda tidak dapat dihapus.',
  'eraseContact.done': 'Data kontak Anda telah dihapus dari laporan ini.',
  'eraseContact.nothing': 'Laporan ini tidak lagi menyimpan data kontak Anda.',
  'eraseContact.done.keep': 'Anda tetap dapat mengikuti laporan ini dengan kode pelacakan dan PIN.',
} as const;
