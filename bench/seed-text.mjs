// The words of the seeded reports (bench/seed-reports.mjs): fragments of Indonesian complaints,
// per demo category and shared, composed in SQL into titles and descriptions. Placeholders in
// braces are filled per report, the same value everywhere in one report: {jalan} a street,
// {tempat} a landmark, {kel} and {kec} the report's kelurahan and kecamatan, {rt} {rw} {no}
// numbers, {n} a count, {nama} a person. Streets, landmarks and names are drawn with a skew
// (a few on many reports, most on few), so that search terms span common to rare.

// Streets and places of Kota Kupang, most frequent first.
export const STREETS = [
  'Jalan Timor Raya', 'Jalan El Tari', 'Jalan Frans Seda', 'Jalan W.J. Lalamentik', 'Jalan Piet A. Tallo',
  'Jalan Adisucipto', 'Jalan Cak Doko', 'Jalan Mohammad Hatta', 'Jalan Jenderal Sudirman', 'Jalan Ahmad Yani',
  'Jalan Siliwangi', 'Jalan Urip Sumoharjo', 'Jalan Perintis Kemerdekaan', 'Jalan Herman Yohanes', 'Jalan Soeharto',
  'Jalan Polisi Militer', 'Jalan Kejora', 'Jalan Nangka', 'Jalan Beringin', 'Jalan Bakti', 'Jalan Sam Ratulangi',
  'Jalan Veteran', 'Jalan R.A. Kartini', 'Jalan Moh. Yamin', 'Jalan Bajawa', 'Jalan Alor', 'Jalan Flores',
  'Jalan Sumba', 'Jalan Rote', 'Jalan Sabu', 'Jalan Lontar', 'Jalan Amabi', 'Jalan Fetor Funay', 'Jalan Matahari',
  'Jalan Bougenville', 'Jalan Cendana', 'Jalan Kenari', 'Jalan Mawar', 'Jalan Melati', 'Jalan Anggrek',
  'Jalan Flamboyan', 'Jalan Rambutan', 'Jalan Jambu', 'Jalan Sukun', 'Jalan Kelapa', 'Jalan Pisang', 'Jalan Manggis',
  'Jalan Durian', 'Jalan Salak', 'Jalan Belimbing', 'Jalan Oekam', 'Jalan Oebufu', 'Jalan Oepoi', 'Jalan Oesapa Raya',
  'Jalan Air Lobang', 'Jalan Tenau', 'Jalan Pahlawan', 'Jalan Garuda', 'Jalan Rajawali', 'Jalan Merpati',
  'Jalan Kakatua', 'Jalan Nuri', 'Jalan Kasuari', 'Jalan Kancil', 'Jalan Rusa', 'Jalan Bonanza', 'Jalan Gunung Mutis',
  'Jalan Gunung Fatuleu', 'Jalan Jalur 40', 'Jalan Kolonel Soeprapto', 'Jalan H.R. Koroh', 'Jalan Batu Kadera',
  'Jalan Kampung Baru', 'Jalan Mangga', 'Jalan Cemara', 'Jalan Damai', 'Jalan Sejahtera', 'Jalan Bimoku',
  'Jalan Ikan Paus', 'Jalan Ikan Tongkol', 'Jalan Tumbak', 'Jalan Pantai Lasiana', 'Jalan Kelapa Lima',
  'Jalan Bakunase', 'Jalan Fontein', 'Jalan Kuanino', 'Jalan Naikoten', 'Jalan Nunleu', 'Gang Kenanga',
  'Gang Sederhana', 'Gang Salvador', 'Gang Seroja',
];

export const PLACES = [
  'SD Inpres Oebobo', 'Pasar Oeba', 'Pasar Kasih Naikoten', 'Bundaran Tirosa', 'Kantor Lurah', 'Kantor Camat',
  'Terminal Oebobo', 'Kampus Undana Penfui', 'RSUD S.K. Lerik', 'Puskesmas Oesapa', 'Lippo Plaza Kupang',
  'Gereja Katedral Kristus Raja', "Masjid Raya Nurussa'adah", 'Pantai Lasiana', 'Pelabuhan Tenau', 'Bandara El Tari',
  'SMP Negeri 1 Kupang', 'SMA Negeri 3 Kupang', 'SD Negeri Oesapa', 'Pasar Oebobo', 'Pasar Penfui', 'Bundaran PU',
  'Gereja GMIT Kota Baru', 'Masjid Al-Muttaqin Oesapa', 'Pura Oebanantha', 'Terminal Kupang', 'Politeknik Negeri Kupang',
  'RSU W.Z. Johannes', 'Puskesmas Sikumana', 'Puskesmas Bakunase', 'Transmart Kupang', 'Pantai Pasir Panjang',
  'Taman Nostalgia', 'Stadion Oepoi', 'GOR Flobamora', 'Kantor Wali Kota', 'Polda NTT', 'Alfamart', 'Indomaret',
  'pos kamling', 'lapangan sepak bola', 'Jembatan Liliba', 'Jembatan Petuk', 'pangkalan ojek', 'kompleks BTN Kolhua',
  'Perumnas', 'asrama mahasiswa', 'Gereja Paulus', 'pangkalan bemo', 'SPBU Oebobo',
];

export const NAMES = [
  'Bapak Yohanes Tefa', 'Ibu Maria Ndun', 'Bapak Umbu Riwu', 'Ibu Yuliana Bria', 'Bapak Daniel Kase',
  'Bapak Melkianus Nenobais', 'Ibu Agustina Lay', 'Bapak Stefanus Seran', 'Ibu Marlince Tanone', 'Bapak Frans Lelo',
  'Ibu Dorkas Manu', 'Bapak Yakobus Nalle', 'Ibu Selfina Bees', 'Bapak Petrus Haning', 'Bapak Arnoldus Tallo',
  'Ibu Ester Lakapu', 'Bapak Hendrik Nope', 'Ibu Welmince Kolo', 'Bapak Simon Bessie', 'Ibu Rambu Anarara',
];

// Counts as citizens write them.
export const COUNTS = ['dua', 'tiga', 'empat', 'lima', '2', '3', 'beberapa', 'enam'];

// Per demo category (by code): topics (each: titles, and the sentences that describe that
// problem), then what people ask and propose, more detail, the impact, the request, and what the
// agency answers when it is done. weight: the category's share of the reports (percent).
export const CATEGORIES = {
  'JALAN-RUSAK': {
    place: true,
    weight: 17,
    topics: [
      [['Jalan rusak parah di {jalan}', 'Jalan rusak di {jalan} dekat {tempat}', 'Tolong perbaiki jalan rusak di {jalan}', 'Jalan rusak menuju {tempat}'],
        ['Jalan di {jalan} rusak parah dan penuh lubang.', 'Jalan rusak ini adalah akses utama warga menuju {tempat}, tetapi kondisinya makin parah.']],
      [['Jalan berlubang di depan {tempat}', 'Lubang besar di {jalan} membahayakan pengendara', 'Lubang jalan belum ditambal di {jalan}'],
        ['Ada lubang besar di tengah jalan dengan kedalaman sekitar 30 cm.', 'Jalan di depan {tempat} berlubang cukup dalam dan tidak ada tanda peringatan.',
          'Lubang-lubang di jalan ini makin lebar setiap kali hujan.']],
      [['Aspal mengelupas di {jalan}', 'Aspal jalan rusak dan berlubang di Kelurahan {kel}'],
        ['Aspal jalan sudah mengelupas sehingga tinggal batu dan kerikil.', 'Lapisan aspal yang baru dikerjakan tahun lalu sudah terkelupas di banyak titik.']],
      [['Jalan amblas di {jalan}', 'Badan jalan retak dan amblas dekat {tempat}'],
        ['Sebagian badan jalan amblas dan retak memanjang.', 'Tanah di bawah jalan tergerus air sehingga aspal turun hampir 20 cm.']],
      [['Bekas galian pipa merusak jalan di {jalan}', 'Galian kabel tidak ditutup di {jalan}'],
        ['Bekas galian pipa tidak ditutup kembali dengan baik sehingga jalan menjadi rusak.', 'Galian kabel di pinggir jalan dibiarkan terbuka sudah berminggu-minggu.']],
      [['Jalan lingkungan rusak di {kel}', 'Kerusakan jalan di RT {rt} Kelurahan {kel}', 'Jalan rabat beton hancur di RT {rt}'],
        ['Jalan lingkungan di RT {rt}/RW {rw} rusak berat, batu-batu lepas berserakan di badan jalan.', 'Jalan rabat beton sudah hancur dan licin saat hujan.']],
      [['Jalan berlubang dan tergenang air di {jalan}'],
        ['Jalan di {jalan} berlubang dan selalu tergenang air setelah hujan.', 'Genangan menutupi lubang sehingga pengendara tidak tahu kedalamannya.']],
    ],
    aspirationTitles: ['Usulan pengaspalan jalan lingkungan di {kel}', 'Usul pelebaran {jalan}',
      'Mohon dibangun jalan rabat beton di RT {rt} {kel}', 'Usulan pembuatan polisi tidur di {jalan}'],
    questionTitles: ['Kapan perbaikan jalan di {jalan} dikerjakan?', 'Informasi jadwal pengaspalan jalan di {kel}',
      'Siapa yang bertanggung jawab atas jalan di {jalan}?'],
    details: [
      'Saat hujan lubang tertutup genangan air sehingga pengendara tidak melihatnya.',
      'Truk pengangkut material sering lewat sehingga kerusakan bertambah parah.',
      'Pada malam hari jalan ini gelap sehingga lubang tidak kelihatan.',
      'Warga sudah menimbun lubang dengan tanah dan batu, tetapi terbawa air lagi.',
      'Panjang jalan yang rusak kira-kira 200 meter.',
    ],
    impacts: [
      'Sudah beberapa pengendara motor jatuh karena menghindari lubang.', 'Kendaraan harus berjalan pelan dan sering macet.',
      'Anak-anak yang berangkat ke sekolah harus berjalan di pinggir jalan yang becek.',
      'Ban dan shock kendaraan warga cepat rusak.', 'Angkot dan ojek enggan masuk ke jalan ini.',
      'Debu dari jalan rusak mengganggu warung dan rumah di sepanjang jalan.',
    ],
    requests: ['Mohon jalan ini segera diperbaiki.', 'Mohon lubang jalan segera ditambal sebelum ada korban.',
      'Mohon Dinas PUPR segera turun memperbaiki jalan ini.', 'Kami mohon jalan ini diaspal ulang.'],
    aspirations: ['Kami mengusulkan agar jalan ini diaspal ulang atau dibuat rabat beton.',
      'Kami berharap jalan ini masuk rencana perbaikan tahun depan.', 'Mohon dipasang rambu dan polisi tidur karena banyak kendaraan melaju kencang.'],
    questions: ['Kami ingin tahu apakah perbaikan jalan ini sudah masuk anggaran tahun ini.',
      'Apakah jalan ini termasuk jalan kota atau jalan provinsi?', 'Kapan kira-kira jalan ini akan diperbaiki?'],
    resolutions: ['Lubang sudah ditambal dengan aspal oleh tim Bina Marga.', 'Jalan sudah diperbaiki dan diaspal ulang sepanjang ruas yang rusak.'],
  },
  DRAINASE: {
    place: true,
    weight: 11,
    topics: [
      [['Saluran air tersumbat di {jalan}', 'Drainase tersumbat sampah dekat {tempat}', 'Got mampet dan meluap ke jalan di {jalan}'],
        ['Saluran air di sepanjang {jalan} tersumbat sampah dan lumpur.', 'Got di depan rumah warga mampet sehingga air tergenang dan berbau busuk.',
          'Gorong-gorong di bawah jalan tertutup tanah dan sampah plastik.']],
      [['Banjir setiap hujan di Kelurahan {kel}', 'Banjir di depan {tempat}', 'Air meluap masuk rumah warga di {kel}'],
        ['Setiap hujan deras air meluap ke jalan dan masuk ke rumah warga.', 'Banjir kiriman dari arah atas selalu melewati permukiman kami.']],
      [['Genangan air tidak surut di {jalan}'],
        ['Genangan air setinggi lutut tidak surut sampai berjam-jam.', 'Air hujan tidak punya jalan keluar karena saluran tidak tersambung.']],
      [['Saluran drainase ambruk di {jalan}', 'Selokan rusak di RT {rt} {kel}'],
        ['Dinding saluran drainase ambruk dan menutup aliran air.', 'Selokan di RT {rt} retak dan sebagian sudah runtuh ke dalam saluran.']],
    ],
    aspirationTitles: ['Usulan pembangunan saluran drainase di {kel}', 'Mohon dibuat gorong-gorong di {jalan}',
      'Usulan normalisasi kali di {kel}'],
    questionTitles: ['Jadwal pembersihan saluran air di {kel}', 'Apakah ada program normalisasi drainase di {jalan}?'],
    details: ['Sedimen di dalam saluran sudah setinggi hampir setengah meter.', 'Saat banjir, air membawa lumpur dan sampah masuk ke halaman rumah.',
      'Saluran ini tidak pernah dibersihkan sejak dibangun.', 'Jentik nyamuk banyak di genangan air yang tidak mengalir.'],
    impacts: ['Beberapa rumah warga kemasukan air dan barang-barang rusak.', 'Jalan menjadi licin dan tidak bisa dilewati kendaraan.',
      'Genangan menjadi sarang nyamuk dan warga khawatir demam berdarah.', 'Bau busuk dari got sangat mengganggu warga sekitar.',
      'Anak-anak tidak bisa ke sekolah saat air menggenang.'],
    requests: ['Mohon saluran ini segera dibersihkan.', 'Mohon dilakukan normalisasi saluran sebelum musim hujan.',
      'Mohon dinas terkait memperbaiki saluran drainase yang rusak.'],
    aspirations: ['Kami mengusulkan pembangunan saluran drainase baru yang tersambung ke kali.',
      'Kami siap kerja bakti membersihkan saluran jika disediakan alat dan truk pengangkut.'],
    questions: ['Apakah ada jadwal rutin pembersihan saluran di wilayah kami?', 'Ke mana kami harus mengajukan permohonan pembangunan saluran?'],
    resolutions: ['Saluran sudah dibersihkan dari sedimen dan sampah.', 'Dinding saluran yang ambruk sudah diperbaiki dan air mengalir normal.'],
  },
  'LAMPU-JALAN': {
    place: true,
    weight: 9,
    topics: [
      [['Lampu jalan mati di {jalan}', 'Lampu penerangan jalan umum padam di {kel}', 'PJU mati sudah lama di {jalan}', 'Lampu jalan mati di RT {rt} {kel}'],
        ['Lampu jalan di {jalan} sudah mati sejak lama.', 'Beberapa titik lampu penerangan jalan umum padam sehingga jalan gelap gulita.',
          'Dari lima lampu jalan di ruas ini hanya satu yang menyala.']],
      [['Lampu jalan berkedip dan sering mati di {jalan}', 'Jalan gelap karena lampu mati dekat {tempat}'],
        ['Lampu jalan di depan {tempat} berkedip lalu mati setiap malam.', 'Lampu jalan menyala pada siang hari tetapi mati pada malam hari.']],
      [['Tiang lampu jalan miring di {jalan}', 'Kabel lampu jalan menjuntai di {jalan}'],
        ['Tiang lampu jalan miring dan kabelnya menjuntai ke bawah.', 'Kap lampu pecah dan kabelnya terlihat terkelupas.']],
      [['Tidak ada lampu jalan di {jalan}'],
        ['Sepanjang {jalan} belum ada satu pun lampu penerangan jalan.', 'Warga memasang bola lampu sendiri dari rumah karena jalan terlalu gelap.']],
    ],
    aspirationTitles: ['Usulan pemasangan lampu jalan di {jalan}', 'Mohon tambah lampu penerangan di {kel}',
      'Usul lampu jalan tenaga surya di {jalan}'],
    questionTitles: ['Bagaimana cara mengajukan lampu jalan baru di {kel}?', 'Siapa yang memperbaiki lampu jalan di {jalan}?'],
    details: ['Kabel lampu terlihat terkelupas dan berbahaya bila hujan.', 'Ruas jalan ini ramai dilewati warga sampai larut malam.',
      'Sudah dicek oleh warga, sepertinya panel listriknya rusak.'],
    impacts: ['Jalan menjadi rawan kecelakaan dan tindak kejahatan pada malam hari.', 'Sudah ada warga yang dijambret saat melintas malam hari.',
      'Ibu-ibu dan anak-anak takut pulang malam melewati jalan ini.', 'Pengendara sulit melihat lubang dan pejalan kaki.'],
    requests: ['Mohon lampu jalan segera diperbaiki.', 'Mohon petugas PJU segera mengganti lampu yang mati.',
      'Mohon Unit PJU segera mengecek lokasi ini.'],
    aspirations: ['Kami mengusulkan pemasangan lampu jalan baru di sepanjang ruas ini.', 'Mohon dipertimbangkan lampu tenaga surya karena listrik sering padam.'],
    questions: ['Apakah warga bisa mengajukan pemasangan lampu jalan baru, dan apa syaratnya?', 'Berapa lama biasanya perbaikan lampu jalan setelah dilaporkan?'],
    resolutions: ['Lampu PJU sudah diganti dan menyala kembali.', 'Panel dan kabel lampu jalan sudah diperbaiki oleh Unit PJU.'],
  },
  INFRASTRUKTUR: {
    place: true,
    weight: 3,
    topics: [
      [['Trotoar rusak di {jalan}'], ['Trotoar di {jalan} rusak, banyak paving yang lepas dan berlubang.', 'Penutup saluran di trotoar juga banyak yang hilang.']],
      [['Jembatan kayu lapuk di Kelurahan {kel}', 'Pagar jembatan patah dekat {tempat}'],
        ['Jembatan penghubung antar-RT di {kel} sudah lapuk dan bergoyang saat dilewati.', 'Pagar pengaman jembatan patah sehingga berbahaya bagi pejalan kaki.']],
      [['Tembok penahan tanah longsor di {kel}'], ['Tembok penahan tanah di pinggir jalan longsor setelah hujan.', 'Longsoran tanah menutup sebagian badan jalan.']],
      [['Fasilitas taman rusak di {tempat}', 'Halte rusak di {jalan}'],
        ['Bangku dan lampu taman di {tempat} rusak dan tidak pernah diperbaiki.', 'Atap halte bocor dan tempat duduknya patah.']],
    ],
    aspirationTitles: ['Usulan pembangunan trotoar di {jalan}', 'Usul perbaikan taman di {kel}'],
    questionTitles: ['Rencana perbaikan jembatan di {kel}'],
    details: ['Kerusakan ini sudah difoto dan disampaikan ke kelurahan.', 'Tempat ini ramai terutama pada sore hari.'],
    impacts: ['Pejalan kaki terpaksa berjalan di badan jalan.', 'Warga khawatir jembatan runtuh saat dilewati anak sekolah.',
      'Penyandang disabilitas tidak bisa melewati trotoar ini.'],
    requests: ['Mohon segera diperbaiki oleh dinas terkait.', 'Mohon petugas segera mengecek ke lokasi.'],
    aspirations: ['Kami mengusulkan trotoar yang ramah bagi penyandang disabilitas.'],
    questions: ['Apakah perbaikan ini sudah masuk rencana pembangunan kota?'],
    resolutions: ['Trotoar dan penutup saluran sudah diperbaiki.', 'Jembatan sudah diperkuat dan pagar pengaman diganti.'],
  },
  SAMPAH: {
    place: true,
    weight: 13,
    topics: [
      [['Sampah menumpuk di {jalan}', 'Tumpukan sampah di depan {tempat}', 'Sampah menumpuk dan bau busuk dekat {tempat}'],
        ['Sampah menumpuk di pinggir {jalan} dan sudah seminggu tidak diangkut.', 'Tumpukan sampah sudah setinggi satu meter dan menutupi sebagian jalan.']],
      [['Sampah tidak diangkut di Kelurahan {kel}', 'Truk sampah tidak datang ke RT {rt} {kel}', 'Sampah di pinggir {jalan} belum diangkut'],
        ['Truk pengangkut sampah tidak datang sesuai jadwal.', 'Sudah {n} minggu sampah di RT kami tidak diangkut petugas.']],
      [['TPS penuh dan sampah berserakan di {jalan}'],
        ['TPS di dekat {tempat} sudah penuh sehingga sampah meluber ke jalan.', 'Sampah plastik dan sisa makanan berserakan karena diacak anjing dan kambing.']],
      [['Pembakaran sampah di {kel}'], ['Ada warga yang membakar sampah setiap sore sehingga asapnya masuk ke rumah.']],
      [['Orang membuang sampah sembarangan di {jalan}'],
        ['Banyak orang dari luar membuang sampah sembarangan di lahan kosong dekat {tempat}.', 'Pengendara sering berhenti dan melempar kantong sampah ke selokan.']],
    ],
    aspirationTitles: ['Usulan penambahan bak sampah di {kel}', 'Mohon disediakan TPS di {jalan}', 'Usulan bank sampah di {kel}'],
    questionTitles: ['Jadwal pengangkutan sampah di {kel}', 'Berapa retribusi sampah di {kel}?'],
    details: ['Kalau hujan, air sampah mengalir ke got dan rumah warga.', 'Lalat sangat banyak dan masuk ke warung makan di sekitar lokasi.',
      'Tidak ada papan larangan membuang sampah di lokasi ini.', 'Petugas kebersihan hanya datang seminggu sekali.'],
    impacts: ['Bau busuk sangat menyengat dan mengganggu warga.', 'Warga khawatir terkena diare dan penyakit kulit.',
      'Pemandangan kota menjadi kumuh.', 'Asap pembakaran sampah membuat anak-anak batuk dan sesak napas.'],
    requests: ['Mohon sampah segera diangkut.', 'Mohon jadwal pengangkutan sampah ditambah.',
      'Mohon petugas menertibkan warga yang membuang sampah sembarangan.', 'Mohon disediakan tempat sampah yang memadai.'],
    aspirations: ['Kami mengusulkan penambahan bak sampah dan jadwal angkut dua kali seminggu.', 'Kami ingin membentuk bank sampah di RT dan mohon pendampingan.'],
    questions: ['Kami ingin tahu jadwal resmi truk sampah untuk wilayah kami.', 'Apakah retribusi sampah dibayar lewat kelurahan atau PDAM?'],
    resolutions: ['Sampah sudah diangkut dan jadwal pengangkutan ditambah.', 'Lokasi sudah dibersihkan dan dipasang papan larangan membuang sampah.'],
  },
  'AIR-BERSIH': {
    place: true,
    weight: 10,
    topics: [
      [['Air PDAM tidak mengalir di {kel}', 'Air PDAM mati sudah {n} hari di {jalan}', 'Air bersih sulit di RT {rt} {kel}'],
        ['Air PDAM di rumah kami tidak mengalir sejak {n} hari yang lalu.', 'Rumah di ujung jalur pipa sama sekali tidak kebagian air.']],
      [['Air mengalir hanya tengah malam di {kel}'], ['Air hanya mengalir sebentar pada tengah malam dengan tekanan sangat kecil.']],
      [['Pipa PDAM bocor di {jalan}', 'Pipa air bocor di depan {tempat}'],
        ['Pipa PDAM di pinggir {jalan} bocor dan airnya terbuang percuma.', 'Sambungan pipa ke rumah warga putus akibat galian kabel.']],
      [['Air PDAM keruh dan berbau di {kel}'], ['Air yang keluar dari keran keruh, berwarna kecokelatan dan berbau.']],
      [['Tagihan PDAM membengkak padahal air tidak mengalir', 'Meteran PDAM rusak di {jalan}'],
        ['Tagihan air bulan ini naik dua kali lipat padahal air jarang mengalir.', 'Meteran air di rumah kami rusak dan angkanya tidak berputar.']],
    ],
    aspirationTitles: ['Usulan pemasangan jaringan PDAM di {kel}', 'Mohon bantuan tangki air bersih untuk {kel}'],
    questionTitles: ['Jadwal giliran air PDAM di {kel}', 'Cara pasang sambungan baru PDAM di {kel}'],
    details: ['Warga terpaksa membeli air tangki dengan harga Rp 100.000 per tangki.', 'Kebocoran pipa membuat jalan tergenang dan berlumut.',
      'Sudah lapor ke loket pengaduan PDAM tetapi belum ada petugas yang datang.'],
    impacts: ['Warga kesulitan air untuk memasak, mandi dan mencuci.', 'Anak-anak tidak bisa mandi sebelum berangkat sekolah.',
      'Pengeluaran keluarga bertambah karena harus membeli air.', 'Warga khawatir air keruh menyebabkan sakit perut.'],
    requests: ['Mohon PDAM segera memperbaiki aliran air.', 'Mohon PDAM segera mengirim petugas ke lokasi.',
      'Mohon PDAM memberi penjelasan kepada pelanggan.', 'Mohon dikirim tangki air bersih sementara.'],
    aspirations: ['Kami mengusulkan perluasan jaringan pipa PDAM ke permukiman kami.', 'Mohon dibuat jadwal giliran air yang jelas dan diumumkan.'],
    questions: ['Kami ingin tahu jadwal giliran distribusi air untuk wilayah kami.', 'Apa saja syarat dan biaya pemasangan sambungan baru?'],
    resolutions: ['Pipa bocor sudah diperbaiki, aliran air kembali normal.', 'Meteran sudah diganti dan tagihan dikoreksi.'],
  },
  KESEHATAN: {
    weight: 4,
    topics: [
      [['Pelayanan lambat di {tempat}', 'Antrean panjang di RSUD'], ['Pasien harus menunggu berjam-jam sebelum diperiksa dokter.', 'Ruang tunggu penuh dan banyak pasien berdiri.']],
      [['Pasien BPJS ditolak di rumah sakit', 'Obat kosong di apotek rumah sakit'],
        ['Keluarga kami yang memakai BPJS disuruh membayar obat sendiri.', 'Obat yang diresepkan dokter kosong di apotek rumah sakit.']],
      [['Petugas kesehatan tidak ramah'], ['Petugas di loket pendaftaran bersikap kasar kepada pasien lansia.']],
      [['Fogging demam berdarah belum dilakukan di {kel}'], ['Sudah ada beberapa warga di RT {rt} yang terkena demam berdarah.', 'Sampai sekarang belum ada fogging di lingkungan kami.']],
      [['Ambulans lambat datang ke {kel}'], ['Ambulans baru datang dua jam setelah ditelepon.']],
    ],
    aspirationTitles: ['Usulan fogging rutin di {kel}', 'Mohon posyandu lansia di {kel}'],
    questionTitles: ['Cara mengurus rujukan BPJS', 'Syarat berobat gratis dengan KTP di Kota Kupang'],
    details: ['Kejadian ini kami alami pada hari Senin pagi.', 'Kami sudah menyampaikan keluhan ke bagian informasi tetapi tidak ditanggapi.'],
    impacts: ['Pasien yang sakit berat harus menunggu terlalu lama.', 'Keluarga pasien yang kurang mampu sangat terbebani biaya.',
      'Warga kecewa dengan pelayanan kesehatan yang seharusnya melindungi mereka.'],
    requests: ['Mohon pelayanan rumah sakit diperbaiki.', 'Mohon Dinas Kesehatan segera menindaklanjuti keluhan ini.', 'Mohon Dinas Kesehatan menegur petugas yang bersangkutan.'],
    aspirations: ['Kami mengusulkan fogging dan pemeriksaan jentik rutin setiap musim hujan.'],
    questions: ['Mohon informasi cara mengurus rujukan dan apa saja dokumen yang diperlukan.'],
    resolutions: ['Fogging sudah dilakukan dan petugas memeriksa jentik di rumah warga.', 'Keluhan sudah ditindaklanjuti dan petugas sudah dibina.'],
  },
  PUSKESMAS: {
    weight: 6,
    topics: [
      [['Antrean panjang di {tempat}', 'Antrean puskesmas sejak subuh', 'Pelayanan Puskesmas lambat'],
        ['Antrean di puskesmas sangat panjang, pasien menunggu lebih dari tiga jam.', 'Loket pendaftaran hanya satu yang buka.',
          'Warga harus datang sejak subuh untuk mendapat nomor antrean.']],
      [['Dokter tidak ada di puskesmas saat jam pelayanan', 'Puskesmas tutup lebih awal'],
        ['Dokter belum datang padahal sudah jam sepuluh pagi.', 'Puskesmas sudah tutup jam dua belas siang padahal jadwalnya sampai jam dua.']],
      [['Obat di puskesmas habis'], ['Obat untuk penyakit darah tinggi sering habis di puskesmas.', 'Pasien disuruh membeli obat sendiri di apotek luar.']],
      [['Petugas puskesmas tidak ramah'], ['Petugas di bagian pendaftaran membentak pasien yang bertanya.']],
    ],
    aspirationTitles: ['Usulan antrean online di puskesmas', 'Mohon tambah loket pendaftaran puskesmas'],
    questionTitles: ['Jadwal imunisasi di puskesmas', 'Jam buka puskesmas pada hari Sabtu'],
    details: ['Banyak lansia dan ibu hamil yang ikut mengantre.', 'Tidak ada kursi yang cukup di ruang tunggu.'],
    impacts: ['Pasien lansia kelelahan menunggu terlalu lama.', 'Warga yang bekerja harus izin setengah hari hanya untuk berobat.',
      'Ibu-ibu yang membawa bayi kepanasan di ruang tunggu.'],
    requests: ['Mohon pelayanan puskesmas diperbaiki.', 'Mohon kepala puskesmas memperhatikan keluhan ini.', 'Mohon jam pelayanan dipatuhi.'],
    aspirations: ['Kami mengusulkan sistem antrean online atau nomor antrean lewat WhatsApp.'],
    questions: ['Mohon informasi jadwal imunisasi anak dan posyandu di wilayah kami.'],
    resolutions: ['Loket pendaftaran sudah ditambah dan antrean diatur dengan nomor.', 'Jadwal dokter sudah diumumkan dan dipatuhi.'],
  },
  PENDIDIKAN: {
    weight: 5,
    topics: [
      [['Atap ruang kelas bocor di {tempat}', 'Gedung sekolah rusak di Kelurahan {kel}'],
        ['Atap ruang kelas bocor sehingga murid belajar di lantai saat hujan.', 'Dinding kelas retak dan plafon hampir runtuh.']],
      [['Pungutan liar di sekolah', 'Ijazah ditahan sekolah'],
        ['Sekolah meminta uang komite yang memberatkan orang tua murid.', 'Ijazah anak kami ditahan karena belum melunasi uang pembangunan.']],
      [['Guru sering tidak masuk di {tempat}'], ['Guru kelas sering tidak masuk sehingga murid dibiarkan bermain.']],
      [['Masalah PPDB zonasi di {kel}'], ['Anak kami tidak diterima di sekolah terdekat padahal rumah hanya 300 meter dari sekolah.']],
      [['Toilet sekolah rusak'], ['Toilet sekolah tidak ada air sehingga tidak bisa dipakai.', 'Pintu toilet rusak dan baunya sampai ke ruang kelas.']],
    ],
    aspirationTitles: ['Usulan penambahan ruang kelas di {kel}', 'Usul perpustakaan sekolah'],
    questionTitles: ['Jadwal dan syarat PPDB tahun ini', 'Informasi beasiswa untuk siswa kurang mampu'],
    details: ['Sekolah ini berada di lingkungan padat penduduk.', 'Kepala sekolah sudah tahu masalah ini tetapi belum ada perubahan.'],
    impacts: ['Anak-anak tidak bisa belajar dengan tenang.', 'Orang tua murid yang kurang mampu sangat terbebani.', 'Murid dan guru terancam keselamatannya.'],
    requests: ['Mohon Dinas Pendidikan segera meninjau sekolah ini.', 'Mohon masalah di sekolah ini segera ditindaklanjuti.', 'Mohon Dinas Pendidikan memanggil pihak sekolah.'],
    aspirations: ['Kami mengusulkan penambahan ruang kelas karena satu kelas berisi lebih dari 40 murid.'],
    questions: ['Mohon informasi jadwal, syarat dan jalur pendaftaran PPDB tahun ini.'],
    resolutions: ['Atap kelas sudah diperbaiki oleh Dinas Pendidikan.', 'Pihak sekolah sudah dipanggil dan pungutan dihentikan.'],
  },
  ADMINDUK: {
    weight: 8,
    topics: [
      [['KTP elektronik belum jadi', 'Blanko KTP kosong di Dukcapil'],
        ['Perekaman KTP elektronik sudah {n} bulan lalu tetapi KTP belum juga dicetak.', 'Setiap datang ke Dukcapil selalu dijawab blanko KTP kosong.']],
      [['Kartu Keluarga salah nama', 'Perubahan data KK tidak selesai'],
        ['Nama dan tanggal lahir di Kartu Keluarga salah ketik dan belum diperbaiki.', 'Perubahan data KK setelah anak lahir belum selesai sampai sekarang.']],
      [['Akta kelahiran lama diproses'], ['Pengurusan akta kelahiran anak kami sudah lebih dari sebulan belum selesai.']],
      [['Antrean panjang di kantor Dukcapil'], ['Antrean di kantor Dukcapil sangat panjang dan nomor antrean habis sebelum jam sembilan.']],
      [['Pungutan saat urus KTP di {kel}'], ['Ada oknum yang meminta uang agar KTP cepat selesai.']],
      [['KTP hilang dan susah diurus ulang'], ['KTP saya hilang dan saat mengurus ulang diminta surat yang berbelit-belit.']],
    ],
    aspirationTitles: ['Usulan pelayanan Dukcapil keliling di {kel}', 'Mohon layanan KTP di kantor kecamatan'],
    questionTitles: ['Syarat membuat akta kelahiran', 'Cara mengurus KK baru setelah menikah', 'Syarat pindah domisili ke Kota Kupang'],
    details: ['Kami sudah membawa semua berkas: surat pengantar RT, fotokopi KK dan akta.', 'Petugas menyuruh kami kembali minggu depan berkali-kali.'],
    impacts: ['Tanpa KTP kami tidak bisa mengurus BPJS, rekening bank dan bantuan sosial.', 'Anak kami tidak bisa mendaftar sekolah tanpa akta kelahiran.',
      'Warga harus bolak-balik dan kehilangan hari kerja.'],
    requests: ['Mohon dokumen kami segera diselesaikan.', 'Mohon data kependudukan kami segera diperbaiki.', 'Mohon pelayanan Dukcapil diperbaiki.'],
    aspirations: ['Kami mengusulkan layanan jemput bola Dukcapil ke kelurahan.'],
    questions: ['Mohon informasi syarat lengkap dan lama pengurusannya.'],
    resolutions: ['Dokumen sudah dicetak dan dapat diambil di kantor Dukcapil.', 'Data KK sudah diperbaiki dan dicetak ulang.'],
  },
  PERIZINAN: {
    weight: 3,
    topics: [
      [['Izin usaha lama diproses', 'Izin reklame tidak selesai'], ['Pengajuan izin usaha mikro belum ada kabar setelah satu bulan.']],
      [['NIB tidak bisa diurus lewat OSS'], ['Sistem OSS selalu gagal saat kami mengurus NIB.']],
      [['Izin mendirikan bangunan tidak jelas'], ['Permohonan PBG kami dikembalikan berkali-kali tanpa penjelasan yang jelas.']],
      [['Pungutan saat mengurus izin usaha'], ['Ada biaya tambahan yang diminta di luar ketentuan.']],
    ],
    aspirationTitles: ['Usulan pendampingan perizinan UMKM di {kel}'],
    questionTitles: ['Syarat izin usaha mikro', 'Cara mengurus PBG untuk rumah tinggal'],
    details: ['Berkas sudah lengkap dan sudah diverifikasi petugas di loket.'],
    impacts: ['Usaha kami tidak bisa mendapat pinjaman modal karena belum punya izin.', 'Pembangunan rumah tertunda dan biaya bertambah.'],
    requests: ['Mohon proses izin kami dipercepat.', 'Mohon ada penjelasan tertulis tentang kekurangan berkas.'],
    aspirations: ['Kami mengusulkan pendampingan perizinan untuk UMKM di kelurahan.'],
    questions: ['Mohon informasi syarat, biaya dan lama pengurusan izin ini.'],
    resolutions: ['Izin sudah terbit dan dapat diunduh melalui OSS.', 'Pemohon sudah didampingi dan berkas diproses.'],
  },
  KETERTIBAN: {
    place: true,
    weight: 7,
    topics: [
      [['Pedagang kaki lima menutup trotoar di {jalan}'], ['Pedagang kaki lima memakai seluruh trotoar sehingga pejalan kaki turun ke jalan.']],
      [['Parkir liar di depan {tempat}'], ['Kendaraan parkir di kedua sisi {jalan} dan juru parkir liar memungut uang.']],
      [['Bemo ngetem sembarangan di {jalan}'], ['Bemo berhenti lama menunggu penumpang di tikungan sehingga macet.']],
      [['Musik keras sampai larut malam di {kel}'], ['Ada pesta dengan musik keras sampai jam dua pagi hampir setiap malam.']],
      [['Balap liar di {jalan}'], ['Anak-anak muda balap liar setiap malam minggu di {jalan}.']],
      [['Miras dan mabuk-mabukan di {tempat}'], ['Sekelompok orang minum miras dan membuat keributan di {tempat}.']],
      [['Bangunan liar di {jalan}'], ['Bangunan semi permanen didirikan di atas saluran air.']],
      [['Anjing liar berkeliaran di {kel}'], ['Anjing liar berkeliaran dan sudah menggigit dua anak di RT {rt}.']],
    ],
    aspirationTitles: ['Usulan penataan pedagang di {tempat}', 'Usul patroli malam di {kel}'],
    questionTitles: ['Aturan jam operasional tempat hiburan di Kota Kupang'],
    details: ['Sudah ditegur oleh ketua RT tetapi tidak dihiraukan.', 'Kejadian ini paling sering pada malam akhir pekan.'],
    impacts: ['Warga tidak bisa beristirahat dengan tenang.', 'Lalu lintas macet terutama jam berangkat sekolah dan kantor.',
      'Pejalan kaki dan anak sekolah terancam keselamatannya.'],
    requests: ['Mohon Satpol PP segera menertibkan.', 'Mohon dilakukan patroli rutin di lokasi ini.', 'Mohon ditindak sesuai peraturan daerah.'],
    aspirations: ['Kami mengusulkan penataan tempat berjualan yang tidak mengganggu jalan.'],
    questions: ['Mohon informasi aturan jam malam dan izin keramaian di Kota Kupang.'],
    resolutions: ['Satpol PP sudah melakukan penertiban dan patroli rutin.', 'Pedagang sudah dipindahkan ke lokasi yang disediakan.'],
  },
  BANSOS: {
    weight: 4,
    topics: [
      [['Bantuan sosial tidak tepat sasaran di {kel}', 'Lansia miskin tidak dapat bantuan'],
        ['Warga yang mampu menerima bantuan sementara lansia miskin di RT {rt} tidak terdaftar.']],
      [['Nama hilang dari daftar penerima PKH'], ['Nama ibu kami tiba-tiba hilang dari daftar penerima PKH.']],
      [['BLT belum diterima di {kel}'], ['Bantuan langsung tunai bulan lalu belum kami terima.']],
      [['Sembako bantuan dipotong'], ['Beras bantuan yang dibagikan jumlahnya kurang dari seharusnya.']],
      [['Data DTKS tidak diperbarui'], ['Data DTKS keluarga kami belum diperbarui walaupun sudah lapor ke kelurahan.']],
    ],
    aspirationTitles: ['Usulan pendataan ulang penerima bansos di {kel}'],
    questionTitles: ['Cara mendaftar DTKS', 'Jadwal penyaluran BLT bulan ini'],
    details: ['Keluarga ini tinggal di rumah tidak layak huni dan tidak punya penghasilan tetap.'],
    impacts: ['Keluarga miskin makin kesulitan memenuhi kebutuhan sehari-hari.', 'Warga merasa pembagian bantuan tidak adil.'],
    requests: ['Mohon dilakukan pendataan ulang.', 'Mohon Dinas Sosial memeriksa penyaluran bantuan ini.'],
    aspirations: ['Kami mengusulkan musyawarah kelurahan untuk memperbarui data penerima bantuan.'],
    questions: ['Mohon informasi syarat dan cara mendaftar sebagai penerima bantuan.'],
    resolutions: ['Data penerima sudah diverifikasi ulang dan keluarga didaftarkan.', 'Bantuan sudah disalurkan kepada penerima.'],
  },
};

// Shared by every category.
export const OPENERS = [
  'Selamat pagi Bapak/Ibu.', 'Selamat siang.', 'Yth. Bapak Wali Kota Kupang.', 'Salam sejahtera.', 'Shalom, selamat siang Bapak/Ibu.',
  'Saya warga RT {rt}/RW {rw} Kelurahan {kel} ingin menyampaikan keluhan.', 'Mohon izin melapor.', 'Permisi, saya mau lapor.',
  'Kami warga Kelurahan {kel}, Kecamatan {kec}, menyampaikan pengaduan sebagai berikut.', 'Assalamualaikum, selamat sore.',
  'Dengan hormat, saya ingin menyampaikan masalah di lingkungan kami.', 'Tabe, Bapak/Ibu petugas.',
];
// Where: a place in the street (categories with place: true), or where the reporter lives.
export const LOCATIONS = [
  'Lokasinya di {jalan}, dekat {tempat}, Kelurahan {kel}.', 'Tepatnya di {jalan} RT {rt}/RW {rw}, Kelurahan {kel}, Kecamatan {kec}.',
  'Lokasi persis di depan {tempat}, {jalan}.', 'Alamat lokasi: {jalan} No. {no}, Kelurahan {kel}.',
  'Titiknya sekitar 100 meter dari {tempat} ke arah {jalan}.', 'Lokasinya di lorong samping {tempat}, Kelurahan {kel}.',
  'Tempatnya di {jalan}, masuk gang sebelah {tempat}.',
];
export const RESIDENCES = [
  'Saya tinggal di {jalan} RT {rt}/RW {rw}, Kelurahan {kel}, Kecamatan {kec}.', 'Alamat saya {jalan} No. {no}, Kelurahan {kel}.',
  'Kami warga RT {rt} Kelurahan {kel}.', 'Rumah kami di {jalan}, dekat {tempat}.',
];
// When, the impact and the request, for every category, then those that only fit a place.
export const SINCE = [
  'Sudah hampir {n} bulan tidak ada perubahan.', 'Sudah lebih dari setahun seperti ini.', 'Keadaan seperti ini sudah berulang kali terjadi.',
  'Kami sudah menunggu {n} minggu tanpa kepastian.',
];
export const PLACE_SINCE = [
  'Kondisi ini sudah berlangsung sejak {n} minggu yang lalu.', 'Masalah ini terjadi sejak musim hujan tahun lalu.',
  'Sejak {n} hari terakhir keadaannya makin parah.', 'Baru terjadi tadi malam.',
];
export const IMPACTS = [
  'Warga sekitar sangat terganggu.', 'Hal ini sangat meresahkan warga.', 'Banyak warga mengeluh tetapi tidak tahu harus melapor ke mana.',
];
export const PLACE_IMPACTS = [
  'Anak-anak sekolah setiap hari melewati lokasi ini.', 'Kami khawatir akan terjadi kecelakaan atau jatuh korban.',
  'Lokasi ini ramai dilalui warga, pedagang dan anak sekolah.',
];
export const ATTEMPTS = [
  'Kami sudah melapor ke ketua RT dan kelurahan, tetapi belum ada tindak lanjut.',
  'Sebelumnya sudah pernah dilaporkan lewat media sosial namun belum ditanggapi.',
  'Petugas sempat datang mengecek tetapi sampai sekarang belum dikerjakan.',
  'Warga sudah bergotong royong memperbaiki seadanya, tapi tidak bertahan lama.',
  'Masalah ini juga sudah disampaikan dalam musrenbang kelurahan.',
];
export const EXTRAS = [
  'Saya sudah melampirkan foto sebagai bukti.',
  'Kalau perlu, petugas bisa menghubungi ketua RT setempat, {nama}, untuk keterangan lebih lanjut.',
  'Kami sebagai warga siap membantu dan bekerja sama dengan petugas.',
  'Tetangga kami, {nama}, juga mengalami hal yang sama dan ikut mendukung laporan ini.',
  'Mohon maaf kalau laporan ini panjang, kami hanya ingin masalahnya jelas.',
  'Nomor rumah saya {no}, cat hijau di samping kios bensin eceran.',
];
// More, for the long reports (never the same sentence as above).
export const MORE_EXTRAS = [
  'Foto dan video sudah kami simpan kalau petugas membutuhkan bukti tambahan.',
  'Kami berharap laporan ini tidak hanya ditampung tetapi benar-benar ditindaklanjuti.',
  'Kalau ada kerja bakti, warga RT {rt} siap ikut membantu.',
  'Di sekitar kami ada banyak warung, kios pulsa dan rumah warga yang padat.',
  'Lingkungan kami juga dilewati rombongan jemaat yang pulang ibadah pada hari Minggu.',
  'Kami sudah menunggu cukup lama dan berharap kali ini ada jawaban.',
];
// The long tail: a paragraph of what happened, as some citizens tell it.
export const LONG_STORIES = [
  'Kemarin sore sekitar jam lima, seorang ibu yang membonceng anaknya hampir jatuh di lokasi ini. Untung ada warga yang sigap menolong. '
    + 'Kejadian seperti ini bukan yang pertama, bulan lalu seorang tukang ojek juga mengalami hal serupa dan motornya rusak.',
  'Kami sudah beberapa kali menyampaikan masalah ini dalam pertemuan warga. Ketua RT {rt} sudah membuat surat ke kelurahan dan katanya '
    + 'sudah diteruskan ke dinas, tetapi sampai hari ini belum ada kabar. Warga mulai kecewa dan bertanya-tanya apakah laporan kami dibaca.',
  'Saya tinggal di sini sejak tahun 2015 dan dulu keadaannya tidak seperti ini. Masalah mulai muncul sejak ada pembangunan ruko di dekat '
    + '{tempat}. Sejak itu setiap musim hujan keadaannya makin memburuk dan warga harus menanggung akibatnya sendiri.',
  'Setiap pagi anak saya dan teman-temannya berjalan kaki ke sekolah melewati tempat ini. Sebagai orang tua kami khawatir, apalagi saat '
    + 'hujan atau ketika hari masih gelap. Beberapa orang tua akhirnya mengantar anak dengan motor walaupun harus terlambat ke tempat kerja.',
  'Masalah ini juga sudah ramai dibicarakan di grup WhatsApp warga {kel} dan di Facebook. Banyak yang membagikan foto dan video, '
    + 'tetapi belum ada tanggapan resmi. Kami memilih melapor lewat kanal resmi ini supaya ada tindak lanjut yang jelas.',
  'Pada tanggal {no} bulan lalu, petugas dari kelurahan bersama {nama} sudah datang meninjau dan mencatat. Mereka berjanji akan '
    + 'menyampaikan ke dinas terkait dalam minggu itu juga. Namun sampai sekarang belum ada petugas lain yang datang ke lokasi.',
];
export const REQUESTS = [
  'Mohon segera ditindaklanjuti.', 'Mohon perhatian dari dinas terkait.', 'Mohon bantuan Bapak/Ibu agar masalah ini cepat diselesaikan.',
  'Kami berharap pemerintah kota segera turun tangan.',
];
export const CLOSINGS = ['Terima kasih.', 'Terima kasih atas perhatiannya.', 'Atas perhatian dan tindak lanjutnya kami ucapkan terima kasih.',
  'Tuhan memberkati.', 'Salam.', 'Terima kasih, semoga cepat ditangani.'];
export const ASPIRATIONS = ['Sebagai usulan, mohon hal ini dimasukkan dalam musrenbang kelurahan tahun depan.',
  'Kami siap bergotong royong jika pemerintah menyediakan bahan.', 'Usulan ini sudah disepakati dalam rapat warga RT {rt}.'];
export const QUESTIONS = ['Mohon informasinya, ke mana kami harus mengurus dan apa saja syaratnya?', 'Apakah ada jadwal resmi yang bisa kami lihat?',
  'Terima kasih atas penjelasannya.'];

// What the officials and the reporter write along the way (events and messages).
export const HOLD_QUESTIONS = ['Mohon lengkapi lokasi kejadian dan kirimkan foto.', 'Mohon sebutkan nomor rumah atau patokan terdekat.',
  'Mohon jelaskan sejak kapan masalah ini terjadi.'];
export const HOLD_REPLIES = ['Lokasinya di {jalan} dekat {tempat}, fotonya sudah saya lampirkan.', 'Patokannya {tempat}, rumah nomor {no}.',
  'Sudah terjadi sejak {n} minggu lalu, Bapak/Ibu.'];
export const FOLLOW_UPS = ['Laporan sudah kami terima dan tim akan turun ke lokasi.', 'Tim lapangan sudah melakukan survei lokasi.',
  'Sedang kami koordinasikan dengan bidang terkait.'];
export const DISPUTES = ['Perbaikan belum selesai, masalahnya masih ada.', 'Masalah muncul lagi setelah dua hari.',
  'Belum ada petugas yang datang ke lokasi.'];

const lit = (s) => `'${s.replaceAll("'", "''")}'`;
const array = (list) => `(ARRAY[${list.map(lit).join(', ')}])`;

/** SQL: one of `list`, drawn per row; skew > 1 favours the first entries (power law). */
export function pick(list, skew = 1) {
  const u = skew === 1 ? 'random()' : `power(random(), ${skew})`;
  return `${array(list)}[1 + floor(${u} * ${list.length})::int]`;
}

/** SQL: `expr` on a share `p` of the rows, otherwise null (concat_ws leaves it out). */
export const maybe = (p, expr) => `CASE WHEN random() < ${p} THEN ${expr} END`;

/** SQL: one of the `kind` fragments of the row's category (`cat`: its index in `codes`). */
export function byCategory(codes, kind, cat = 's.cat') {
  return `CASE ${cat} ${codes.map((code, k) => `WHEN ${k} THEN ${pick(CATEGORIES[code][kind])}`).join(' ')} END`;
}

/**
 * SQL: a title (part 0) or a problem sentence (part 1) of the row's topic: `topic` is a number
 * in [0, 1) that chooses the topic within the row's category, the same for both parts.
 */
export function byTopic(codes, part, topic, cat = 's.cat') {
  return `CASE ${cat} ${codes.map((code, k) => {
    const topics = CATEGORIES[code].topics;
    return `WHEN ${k} THEN CASE floor(${topic} * ${topics.length})::int ${topics.map((t, n) => `WHEN ${n} THEN ${pick(t[part])}`).join(' ')} END`;
  }).join(' ')} END`;
}
