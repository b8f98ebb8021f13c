import { adminId } from '@/features/admin/i18n/id';
import { myDataId } from '@/features/my-data/i18n/id';
import { offlineId } from '@/features/offline/i18n/id';
import { reportId } from '@/features/report/i18n/id';
import { statsId } from '@/features/stats/i18n/id';

/** Bahasa Indonesia: the default language and the source of truth for the message keys. */
export const id = {
  ...adminId,
  ...myDataId,
  ...offlineId,
  ...reportId,
  ...statsId,
  'app.name': 'Aduan',
  'app.tagline': 'Layanan pengaduan pelayanan publik kota',
  'app.skipToContent': 'Langsung ke isi halaman',
  'app.footer': 'Aduan — perangkat lunak sumber terbuka untuk pengaduan pelayanan publik.',

  'nav.label': 'Navigasi utama',
  'nav.home': 'Beranda',
  'nav.newReport': 'Buat laporan',
  'nav.track': 'Lacak laporan',
  'nav.myReports': 'Laporan saya',

  'lang.label': 'Bahasa',
  'lang.id': 'Bahasa Indonesia',
  'lang.en': 'English',

  'auth.login': 'Masuk',
  'auth.logout': 'Keluar',
  'auth.loggedInAs': 'Masuk sebagai {name}',
  'auth.checking': 'Memeriksa sesi…',
  'auth.unavailable': 'Layanan masuk sedang tidak tersedia. Anda tetap dapat mengirim dan melacak laporan sebagai tamu.',

  'landing.title': 'Sampaikan laporan Anda kepada pemerintah kota',
  'landing.intro':
    'Aduan adalah layanan untuk menyampaikan pengaduan, aspirasi, dan permintaan informasi tentang pelayanan publik di kota Anda. Setiap laporan mendapat kode pelacakan, sehingga Anda dapat mengikuti tindak lanjutnya kapan saja.',
  'landing.actions': 'Apa yang ingin Anda lakukan?',
  'landing.new.desc': 'Sampaikan pengaduan, aspirasi, atau permintaan informasi. Bisa tanpa akun.',
  'landing.track.desc': 'Masukkan kode pelacakan untuk melihat status laporan.',
  'landing.mine.desc': 'Masuk untuk melihat semua laporan yang pernah Anda kirim.',
  'landing.how.title': 'Cara kerjanya',
  'landing.how.step1': 'Tulis laporan Anda: apa yang terjadi, di mana, dan kapan.',
  'landing.how.step2': 'Simpan kode pelacakan yang Anda terima.',
  'landing.how.step3': 'Petugas memverifikasi laporan dan meneruskannya ke instansi terkait. Pantau statusnya dengan kode pelacakan.',

  // How a report came in: shown on reports and used as a dashboard filter.
  'channel.WEB': 'Situs web',
  'channel.OPEN311': 'Aplikasi (Open311)',
  'channel.SMS': 'SMS',
  'channel.WHATSAPP': 'WhatsApp',
  'channel.WALK_IN': 'Datang langsung',
  'channel.PHONE': 'Telepon',
  'channel.SOCIAL_MEDIA': 'Media sosial',

  'type.COMPLAINT': 'Pengaduan',
  'type.ASPIRATION': 'Aspirasi',
  'type.INFORMATION_REQUEST': 'Permintaan Informasi',

  'status.SUBMITTED': 'Diajukan',
  'status.ON_HOLD': 'Ditunda',
  'status.VERIFIED': 'Terverifikasi',
  'status.FORWARDED': 'Didisposisikan',
  'status.IN_PROGRESS': 'Ditindaklanjuti',
  'status.RESOLVED': 'Selesai ditangani',
  'status.CLOSED': 'Ditutup',
  'status.ARCHIVED': 'Diarsipkan',

  'report.status': 'Status',
  'report.type': 'Jenis',
  'report.trackingCode': 'Kode pelacakan',
  'report.createdAt': 'Dikirim',
  'report.updatedAt': 'Terakhir diperbarui',

  'form.title': 'Buat laporan',
  'form.asGuest': 'Anda mengirim sebagai tamu. Masuk jika ingin laporan tersimpan di akun Anda.',
  'form.asCitizen': 'Anda mengirim sebagai {name}. Identitas Anda diambil dari akun.',
  'form.type': 'Jenis laporan',
  'form.type.hint': 'Pengaduan untuk masalah pelayanan, aspirasi untuk usulan, permintaan informasi untuk pertanyaan kepada instansi.',
  'form.reportTitle': 'Judul',
  'form.reportTitle.hint': 'Ringkasan singkat, 5–150 karakter.',
  'form.description': 'Isi laporan',
  'form.description.hint': 'Ceritakan apa yang terjadi, di mana, dan kapan (10–5000 karakter).',
  'form.contact': 'Kontak (opsional)',
  'form.contact.hint': 'Isi jika Anda bersedia dihubungi. Kontak Anda hanya dapat dilihat oleh admin.',
  'form.contact.name': 'Nama',
  'form.contact.email': 'Email',
  'form.contact.phone': 'Nomor telepon',
  'form.contact.phone.hint': 'Contoh: +6281234567890',
  'form.submit': 'Kirim laporan',
  'form.submitting': 'Mengirim…',
  'form.invalid': 'Periksa kembali isian yang ditandai.',
  'form.failed': 'Laporan gagal dikirim. Coba lagi.',

  'validation.titleLength': 'Judul harus 5–150 karakter.',
  'validation.descriptionLength': 'Isi laporan harus 10–5000 karakter.',
  'validation.nameLength': 'Nama paling banyak 100 karakter.',
  'validation.email': 'Alamat email tidak valid.',
  'validation.phone': 'Gunakan angka saja (boleh diawali +, spasi, dan tanda hubung), 6–20 karakter.',

  'receipt.title': 'Laporan terkirim',
  'receipt.thanks': 'Terima kasih. Laporan Anda sudah kami terima.',
  'receipt.code': 'Kode pelacakan',
  'receipt.code.hint': 'Catat kode ini untuk melacak laporan Anda.',
  'receipt.pin': 'PIN',
  'receipt.pin.warning':
    'PIN ini hanya ditampilkan sekali. Simpan bersama kode pelacakan; PIN diperlukan untuk melihat rincian laporan Anda.',
  'receipt.accessLink': 'Tautan laporan Anda',
  'receipt.accessLink.hint':
    'Simpan tautan ini (misalnya kirim ke WhatsApp Anda sendiri). Tautan ini selalu membuka laporan Anda, juga bila PIN sedang diblokir karena terlalu banyak percobaan dari jaringan Anda. Jangan bagikan kepada orang lain.',
  'receipt.track': 'Lacak laporan ini',
  'receipt.another': 'Buat laporan lain',

  'track.title': 'Lacak laporan',
  'track.intro': 'Masukkan kode pelacakan yang Anda terima saat mengirim laporan.',
  'track.code': 'Kode pelacakan',
  'track.code.hint': 'Contoh: K7PX4M9Q',
  'track.code.required': 'Masukkan kode pelacakan.',
  'track.submit': 'Lacak',
  'track.loading': 'Mencari laporan…',
  'track.notFound.title': 'Laporan tidak ditemukan',
  'track.notPublic': 'Laporan {code}',
  'track.opening': 'Membuka laporan Anda…',
  'track.linkFailed': 'Tautan ini tidak dapat membuka laporan. Masukkan PIN dari tanda terima Anda.',
  'track.notFound.body': 'Tidak ada laporan umum dengan kode {code}. Periksa kembali kode Anda. Laporan rahasia hanya dapat dibuka oleh pelapornya: dengan akun atau dengan PIN di bawah.',
  'track.failed': 'Laporan gagal dimuat. Coba lagi nanti.',
  'track.publicPage': 'Lihat halaman publik laporan ini',

  'mine.title': 'Laporan saya',
  'mine.loginRequired': 'Masuk untuk melihat laporan yang pernah Anda kirim.',
  'mine.loading': 'Memuat laporan…',
  'mine.empty': 'Anda belum pernah mengirim laporan.',
  'mine.failed': 'Laporan Anda gagal dimuat.',
  'mine.forbidden': 'Akun Anda tidak dapat melihat halaman ini.',
  'mine.loadMore': 'Muat lebih banyak',
  'mine.loadingMore': 'Memuat…',

  'common.retry': 'Coba lagi',
  'common.loading': 'Memuat…',

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Alamat yang Anda buka tidak ada.',
  'notFound.home': 'Kembali ke beranda',

  'error.title': 'Terjadi kesalahan',
  'error.body': 'Muat ulang halaman atau coba lagi nanti.',
  'error.reload': 'Muat ulang',
  'auth.required': 'Halaman ini hanya untuk pengguna yang sudah masuk.',
  'forbidden.title': 'Akses ditolak',
  'forbidden.body': 'Akun Anda tidak memiliki izin untuk membuka halaman ini.',
} as const;

export type MessageKey = keyof typeof id;
export type Dictionary = Record<MessageKey, string>;
