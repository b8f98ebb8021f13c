-- DEMO DATA, loaded at startup only when aduan.demo-data=true (./aduan run sets it): the Kupang agencies and a few reports of the
-- demo citizen warga1 (Keycloak id 6b0f6f0e-...-000000000001 in keycloak/realm-dev.json).
-- Kota Kupang's 6 kecamatan and 51 kelurahan. DEMO: the kelurahan are numbered in name order;
-- a city loads the official Kemendagri register into this table instead.
INSERT INTO area (code, parent_code, name)
VALUES
  ('53', NULL, 'Nusa Tenggara Timur'),
  ('53.71', '53', 'Kota Kupang'),
  ('53.71.01', '53.71', 'Alak'),
  ('53.71.02', '53.71', 'Maulafa'),
  ('53.71.03', '53.71', 'Oebobo'),
  ('53.71.04', '53.71', 'Kelapa Lima'),
  ('53.71.05', '53.71', 'Kota Raja'),
  ('53.71.06', '53.71', 'Kota Lama'),
  ('53.71.01.1001', '53.71.01', 'Alak'),
  ('53.71.01.1002', '53.71.01', 'Batuplat'),
  ('53.71.01.1003', '53.71.01', 'Fatufeto'),
  ('53.71.01.1004', '53.71.01', 'Mantasi'),
  ('53.71.01.1005', '53.71.01', 'Manulai II'),
  ('53.71.01.1006', '53.71.01', 'Manutapen'),
  ('53.71.01.1007', '53.71.01', 'Naioni'),
  ('53.71.01.1008', '53.71.01', 'Namosain'),
  ('53.71.01.1009', '53.71.01', 'Nunbaun Delha'),
  ('53.71.01.1010', '53.71.01', 'Nunbaun Sabu'),
  ('53.71.01.1011', '53.71.01', 'Nunhila'),
  ('53.71.01.1012', '53.71.01', 'Penkase Oeleta'),
  ('53.71.02.1001', '53.71.02', 'Belo'),
  ('53.71.02.1002', '53.71.02', 'Fatukoa'),
  ('53.71.02.1003', '53.71.02', 'Kolhua'),
  ('53.71.02.1004', '53.71.02', 'Maulafa'),
  ('53.71.02.1005', '53.71.02', 'Naikolan'),
  ('53.71.02.1006', '53.71.02', 'Naimata'),
  ('53.71.02.1007', '53.71.02', 'Oepura'),
  ('53.71.02.1008', '53.71.02', 'Penfui'),
  ('53.71.02.1009', '53.71.02', 'Sikumana'),
  ('53.71.03.1001', '53.71.03', 'Fatululi'),
  ('53.71.03.1002', '53.71.03', 'Kayu Putih'),
  ('53.71.03.1003', '53.71.03', 'Liliba'),
  ('53.71.03.1004', '53.71.03', 'Oebobo'),
  ('53.71.03.1005', '53.71.03', 'Oebufu'),
  ('53.71.03.1006', '53.71.03', 'Oetete'),
  ('53.71.03.1007', '53.71.03', 'Tuak Daun Merah'),
  ('53.71.04.1001', '53.71.04', 'Kelapa Lima'),
  ('53.71.04.1002', '53.71.04', 'Lasiana'),
  ('53.71.04.1003', '53.71.04', 'Oesapa'),
  ('53.71.04.1004', '53.71.04', 'Oesapa Barat'),
  ('53.71.04.1005', '53.71.04', 'Oesapa Selatan'),
  ('53.71.05.1001', '53.71.05', 'Airnona'),
  ('53.71.05.1002', '53.71.05', 'Bakunase'),
  ('53.71.05.1003', '53.71.05', 'Bakunase II'),
  ('53.71.05.1004', '53.71.05', 'Fontein'),
  ('53.71.05.1005', '53.71.05', 'Kuanino'),
  ('53.71.05.1006', '53.71.05', 'Naikoten I'),
  ('53.71.05.1007', '53.71.05', 'Naikoten II'),
  ('53.71.05.1008', '53.71.05', 'Nunleu'),
  ('53.71.06.1001', '53.71.06', 'Airmata'),
  ('53.71.06.1002', '53.71.06', 'Bonipoi'),
  ('53.71.06.1003', '53.71.06', 'Fatubesi'),
  ('53.71.06.1004', '53.71.06', 'Lai-Lai Besi Kopan'),
  ('53.71.06.1005', '53.71.06', 'Merdeka'),
  ('53.71.06.1006', '53.71.06', 'Nefonaek'),
  ('53.71.06.1007', '53.71.06', 'Oeba'),
  ('53.71.06.1008', '53.71.06', 'Pasir Panjang'),
  ('53.71.06.1009', '53.71.06', 'Solor'),
  ('53.71.06.1010', '53.71.06', 'Tode Kisar')
ON CONFLICT (code) DO NOTHING;

INSERT INTO report (id, tracking_code, type, status, title, description, channel, reporter_subject,
                    contact_name, contact_email, created_at, updated_at)
VALUES
  ('01900000-0000-7000-8000-000000000001', 'DEM2AAAA', 'COMPLAINT', 'SUBMITTED',
   'Jalan berlubang di depan SD Inpres Oebobo',
   'Lubang besar di tengah jalan sudah dua minggu, membahayakan pengendara motor di malam hari.',
   'WEB', '6b0f6f0e-0c1a-4c55-9a51-000000000001', 'Warga Satu', 'warga1@aduan.test',
   now() - interval '3 days', now() - interval '3 days'),
  ('01900000-0000-7000-8000-000000000002', 'DEM2BBBB', 'ASPIRATION', 'SUBMITTED',
   'Tambah lampu jalan di Jalan Timor Raya',
   'Mohon dipasang lampu jalan di sepanjang Jalan Timor Raya dekat pasar, sangat gelap di malam hari.',
   'WEB', '6b0f6f0e-0c1a-4c55-9a51-000000000001', 'Warga Satu', 'warga1@aduan.test',
   now() - interval '1 day', now() - interval '1 day'),
  ('01900000-0000-7000-8000-000000000003', 'DEM2CCCC', 'INFORMATION_REQUEST', 'SUBMITTED',
   'Jadwal pelayanan KTP elektronik di Kecamatan Maulafa',
   'Saya ingin mengetahui jadwal perekaman KTP elektronik di kantor Kecamatan Maulafa bulan ini.',
   'WEB', '6b0f6f0e-0c1a-4c55-9a51-000000000001', 'Warga Satu', 'warga1@aduan.test',
   now() - interval '2 hours', now() - interval '2 hours')
ON CONFLICT (id) DO NOTHING;

-- Demo agencies of Kota Kupang: the city, its OPDs and some of their sub-units.
INSERT INTO agency (id, code, name, parent_id, active, created_at, updated_at)
VALUES
  ('01900000-0000-7000-8000-0000000000a0', 'PEMKOT-KUPANG', 'Pemerintah Kota Kupang', NULL, true, now(), now()),
  ('01900000-0000-7000-8000-0000000000a1', 'DINKES', 'Dinas Kesehatan', '01900000-0000-7000-8000-0000000000a0', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000a2', 'DINKES-PKM-OESAPA', 'Puskesmas Oesapa', '01900000-0000-7000-8000-0000000000a1', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000a3', 'DINKES-PKM-SIKUMANA', 'Puskesmas Sikumana', '01900000-0000-7000-8000-0000000000a1', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000a4', 'DINKES-RSUD', 'RSUD S.K. Lerik', '01900000-0000-7000-8000-0000000000a1', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000a5', 'DISPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang', '01900000-0000-7000-8000-0000000000a0', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000a6', 'DISPUPR-JALAN', 'Bidang Bina Marga', '01900000-0000-7000-8000-0000000000a5', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000a7', 'DISPUPR-DRAINASE', 'Bidang Sumber Daya Air dan Drainase', '01900000-0000-7000-8000-0000000000a5', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000a8', 'DLHK', 'Dinas Lingkungan Hidup dan Kebersihan', '01900000-0000-7000-8000-0000000000a0', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000a9', 'DLHK-SAMPAH', 'Bidang Pengelolaan Sampah', '01900000-0000-7000-8000-0000000000a8', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000aa', 'DISDIK', 'Dinas Pendidikan dan Kebudayaan', '01900000-0000-7000-8000-0000000000a0', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000ab', 'DISDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', '01900000-0000-7000-8000-0000000000a0', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000ac', 'DISHUB', 'Dinas Perhubungan', '01900000-0000-7000-8000-0000000000a0', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000ad', 'DISHUB-PJU', 'Unit Penerangan Jalan Umum', '01900000-0000-7000-8000-0000000000ac', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000ae', 'DINSOS', 'Dinas Sosial', '01900000-0000-7000-8000-0000000000a0', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000af', 'SATPOLPP', 'Satuan Polisi Pamong Praja', '01900000-0000-7000-8000-0000000000a0', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000b0', 'DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', '01900000-0000-7000-8000-0000000000a0', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000b1', 'PDAM', 'Perumda Air Minum Tirta Kupang', '01900000-0000-7000-8000-0000000000a0', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000b2', 'KEC-OEBOBO', 'Kecamatan Oebobo', '01900000-0000-7000-8000-0000000000a0', true, now(), now()),
  ('01900000-0000-7000-8000-0000000000b3', 'KEC-MAULAFA', 'Kecamatan Maulafa', '01900000-0000-7000-8000-0000000000a0', true, now(), now())
ON CONFLICT (id) DO NOTHING;

-- Each demo report's submission event.
INSERT INTO report_event (report_id, seq, type, at, actor_subject, actor_role, to_status)
SELECT id, 1, 'SUBMITTED', created_at, reporter_subject, 'citizen', 'SUBMITTED'
FROM report
WHERE id IN ('01900000-0000-7000-8000-000000000001', '01900000-0000-7000-8000-000000000002',
             '01900000-0000-7000-8000-000000000003')
ON CONFLICT DO NOTHING;

-- Demo officers (Keycloak users of realm-dev.json): petugas1 at Dinas Kesehatan, petugas2 at Dinas PUPR.
INSERT INTO officer (subject, agency_id, name, email, active, created_at, updated_at)
VALUES
  ('6b0f6f0e-0c1a-4c55-9a51-000000000003', '01900000-0000-7000-8000-0000000000a1', 'Petugas Satu',
   'petugas1@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000006', '01900000-0000-7000-8000-0000000000a5', 'Petugas Dua',
   'petugas2@aduan.test', true, now(), now())
ON CONFLICT (subject) DO NOTHING;

-- One more demo officer for each other OPD (Keycloak users petugas.<opd>, password = username).
INSERT INTO officer (subject, agency_id, name, email, active, created_at, updated_at)
VALUES
  ('6b0f6f0e-0c1a-4c55-9a51-000000000100', '01900000-0000-7000-8000-0000000000a8', 'Petugas Dlhk',
   'petugas.dlhk@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000101', '01900000-0000-7000-8000-0000000000ac', 'Petugas Dishub',
   'petugas.dishub@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000102', '01900000-0000-7000-8000-0000000000b1', 'Petugas Pdam',
   'petugas.pdam@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000103', '01900000-0000-7000-8000-0000000000aa', 'Petugas Disdik',
   'petugas.disdik@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000104', '01900000-0000-7000-8000-0000000000ab', 'Petugas Dukcapil',
   'petugas.dukcapil@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000105', '01900000-0000-7000-8000-0000000000b0', 'Petugas Dpmptsp',
   'petugas.dpmptsp@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000106', '01900000-0000-7000-8000-0000000000af', 'Petugas Satpolpp',
   'petugas.satpolpp@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000107', '01900000-0000-7000-8000-0000000000ae', 'Petugas Dinsos',
   'petugas.dinsos@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000108', '01900000-0000-7000-8000-0000000000b2', 'Petugas Oebobo',
   'petugas.oebobo@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000109', '01900000-0000-7000-8000-0000000000b3', 'Petugas Maulafa',
   'petugas.maulafa@aduan.test', true, now(), now())
ON CONFLICT (subject) DO NOTHING;

-- Demo officers of the city and of the sub-units (password = username).
INSERT INTO officer (subject, agency_id, name, email, active, created_at, updated_at)
VALUES
  ('6b0f6f0e-0c1a-4c55-9a51-000000000200', '01900000-0000-7000-8000-0000000000a0', 'Petugas Pemkot', 'petugas.pemkot@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000201', '01900000-0000-7000-8000-0000000000a2', 'Petugas Puskesmas Oesapa', 'petugas.pkm-oesapa@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000202', '01900000-0000-7000-8000-0000000000a3', 'Petugas Puskesmas Sikumana', 'petugas.pkm-sikumana@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000203', '01900000-0000-7000-8000-0000000000a4', 'Petugas RSUD', 'petugas.rsud@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000204', '01900000-0000-7000-8000-0000000000a6', 'Petugas Bina Marga', 'petugas.binamarga@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000205', '01900000-0000-7000-8000-0000000000a7', 'Petugas Drainase', 'petugas.drainase@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000206', '01900000-0000-7000-8000-0000000000a9', 'Petugas Sampah', 'petugas.sampah@aduan.test', true, now(), now()),
  ('6b0f6f0e-0c1a-4c55-9a51-000000000207', '01900000-0000-7000-8000-0000000000ad', 'Petugas PJU', 'petugas.pju@aduan.test', true, now(), now())
ON CONFLICT (subject) DO NOTHING;

-- Demo categories, each with the agency that usually handles it.
INSERT INTO category (id, code, name, parent_id, default_agency_id, active, created_at, updated_at)
VALUES
  ('01900000-0000-7000-8000-000000000101', 'INFRASTRUKTUR', 'Infrastruktur', NULL, '01900000-0000-7000-8000-0000000000a5', true, now(), now()),
  ('01900000-0000-7000-8000-000000000102', 'JALAN-RUSAK', 'Jalan rusak', '01900000-0000-7000-8000-000000000101', '01900000-0000-7000-8000-0000000000a6', true, now(), now()),
  ('01900000-0000-7000-8000-000000000103', 'DRAINASE', 'Drainase dan banjir', '01900000-0000-7000-8000-000000000101', '01900000-0000-7000-8000-0000000000a7', true, now(), now()),
  ('01900000-0000-7000-8000-000000000104', 'LAMPU-JALAN', 'Lampu jalan', '01900000-0000-7000-8000-000000000101', '01900000-0000-7000-8000-0000000000ad', true, now(), now()),
  ('01900000-0000-7000-8000-000000000105', 'SAMPAH', 'Sampah dan kebersihan', NULL, '01900000-0000-7000-8000-0000000000a9', true, now(), now()),
  ('01900000-0000-7000-8000-000000000106', 'AIR-BERSIH', 'Air bersih', NULL, '01900000-0000-7000-8000-0000000000b1', true, now(), now()),
  ('01900000-0000-7000-8000-000000000107', 'KESEHATAN', 'Layanan kesehatan', NULL, '01900000-0000-7000-8000-0000000000a1', true, now(), now()),
  ('01900000-0000-7000-8000-000000000108', 'PUSKESMAS', 'Pelayanan puskesmas', '01900000-0000-7000-8000-000000000107', '01900000-0000-7000-8000-0000000000a2', true, now(), now()),
  ('01900000-0000-7000-8000-000000000109', 'PENDIDIKAN', 'Pendidikan', NULL, '01900000-0000-7000-8000-0000000000aa', true, now(), now()),
  ('01900000-0000-7000-8000-00000000010a', 'ADMINDUK', 'KTP, KK dan akta', NULL, '01900000-0000-7000-8000-0000000000ab', true, now(), now()),
  ('01900000-0000-7000-8000-00000000010b', 'PERIZINAN', 'Perizinan usaha', NULL, '01900000-0000-7000-8000-0000000000b0', true, now(), now()),
  ('01900000-0000-7000-8000-00000000010c', 'KETERTIBAN', 'Ketertiban umum', NULL, '01900000-0000-7000-8000-0000000000af', true, now(), now()),
  ('01900000-0000-7000-8000-00000000010d', 'BANSOS', 'Bantuan sosial', NULL, '01900000-0000-7000-8000-0000000000ae', true, now(), now()),
  ('01900000-0000-7000-8000-00000000010e', 'LAINNYA', 'Lainnya', NULL, NULL, true, now(), now())
ON CONFLICT (id) DO NOTHING;

-- About 200 demo reports over every status, each with the history that led there. Guests'
-- demo reports all have the PIN 123456. Kecamatan codes are illustrative.
CREATE TEMP TABLE demo_report ON COMMIT DROP AS
WITH topics (k, category, title, description) AS (VALUES
  (0, '102', 'Jalan berlubang di Jalan Frans Seda', 'Lubang besar di badan jalan membahayakan pengendara motor, terutama malam hari.'),
  (1, '103', 'Saluran air tersumbat di Oebobo', 'Got depan rumah warga tersumbat sampah sehingga air meluap ke jalan saat hujan.'),
  (2, '104', 'Lampu jalan mati di Jalan Timor Raya', 'Sudah seminggu lampu penerangan jalan mati, jalan sangat gelap dan rawan.'),
  (3, '105', 'Sampah menumpuk di pasar Oeba', 'Tumpukan sampah belum diangkut tiga hari dan menimbulkan bau tidak sedap.'),
  (4, '106', 'Air PDAM tidak mengalir', 'Air PDAM di RT 05 tidak mengalir sejak empat hari, warga membeli air tangki.'),
  (5, '108', 'Antrean panjang di Puskesmas Oesapa', 'Pasien menunggu lebih dari tiga jam, loket pendaftaran hanya satu yang buka.'),
  (6, '109', 'Atap ruang kelas bocor', 'Atap ruang kelas SD bocor sehingga murid belajar di lantai saat hujan.'),
  (7, '10a', 'KTP elektronik belum jadi', 'Perekaman sudah dua bulan lalu tetapi KTP elektronik belum juga dicetak.'),
  (8, '10b', 'Izin usaha lama diproses', 'Pengajuan izin usaha mikro belum ada kabar setelah satu bulan.'),
  (9, '10c', 'Pedagang menutup trotoar', 'Pedagang kaki lima memakai seluruh trotoar sehingga pejalan kaki turun ke jalan.'),
  (10, '10d', 'Bantuan sosial tidak tepat sasaran', 'Warga mampu menerima bantuan sementara lansia miskin tidak terdaftar.'),
  (11, '10e', 'Usul taman bermain anak', 'Mohon lahan kosong milik pemerintah dijadikan taman bermain anak.')),
statuses (s, status) AS (VALUES
  (0, 'SUBMITTED'), (1, 'SUBMITTED'), (2, 'SUBMITTED'), (3, 'ON_HOLD'), (4, 'VERIFIED'), (5, 'VERIFIED'),
  (6, 'FORWARDED'), (7, 'FORWARDED'), (8, 'FORWARDED'), (9, 'IN_PROGRESS'), (10, 'IN_PROGRESS'),
  (11, 'IN_PROGRESS'), (12, 'IN_PROGRESS'), (13, 'RESOLVED'), (14, 'RESOLVED'), (15, 'CLOSED'),
  (16, 'CLOSED'), (17, 'CLOSED'), (18, 'CLOSED'), (19, 'ARCHIVED'))
SELECT i,
       ('01900000-0000-7000-8001-' || lpad(to_hex(i), 12, '0'))::uuid AS id,
       'DM' || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', (i / 31) % 31 + 1, 1)
            || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', i % 31 + 1, 1) || 'KPGX' AS tracking_code,
       st.status,
       t.title || ' (' || i || ')' AS title,
       t.description,
       ('01900000-0000-7000-8000-000000000' || t.category)::uuid AS category_id,
       CASE WHEN i % 5 = 4 THEN 'ASPIRATION' WHEN i % 11 = 10 THEN 'INFORMATION_REQUEST' ELSE 'COMPLAINT' END AS type,
       CASE i % 3 WHEN 0 THEN '6b0f6f0e-0c1a-4c55-9a51-000000000001'
                  WHEN 1 THEN '6b0f6f0e-0c1a-4c55-9a51-000000000002' END AS reporter_subject,
       '53.71.0' || (i % 6 + 1) AS kecamatan_code,
       -- Guests' reports come in on every channel, with a phone number to answer them on.
       CASE WHEN i % 3 = 2 THEN (ARRAY['WEB', 'SMS', 'WHATSAPP', 'WALK_IN', 'PHONE', 'OPEN311'])[(i / 3) % 6 + 1]
            ELSE 'WEB' END AS channel,
       CASE WHEN i % 3 = 2 THEN '+62812' || lpad((3100000 + i)::text, 7, '0') END AS contact_phone,
       i % 7 = 0 AS anonymous,
       i % 13 = 0 AS confidential,
       date_trunc('second', now()) - make_interval(days => (i * 7) % 60 + 1, hours => i % 24) AS created_at
FROM generate_series(1, 200) AS i
JOIN topics t ON t.k = i % 12
JOIN statuses st ON st.s = (i * 7) % 20;

-- Only reports inserted now get history: on later starts, demo reports may have moved on.
CREATE TEMP TABLE demo_new (id uuid) ON COMMIT DROP;
WITH inserted AS (
INSERT INTO report (id, tracking_code, type, status, title, description, channel, reporter_subject,
                    contact_name, contact_email, pin_hash, category_id, kecamatan_code, anonymous, confidential,
                    current_agency_id, created_at, updated_at, verify_due_at, follow_up_due_at, close_due_at,
                    overdue, escalation_level, rating, contact_phone)
SELECT d.id, d.tracking_code, d.type, d.status, d.title, d.description, d.channel, d.reporter_subject,
       CASE d.reporter_subject WHEN '6b0f6f0e-0c1a-4c55-9a51-000000000001' THEN 'Warga Satu'
                               WHEN '6b0f6f0e-0c1a-4c55-9a51-000000000002' THEN 'Warga Dua' END,
       CASE WHEN d.reporter_subject IS NULL THEN NULL ELSE
         CASE d.reporter_subject WHEN '6b0f6f0e-0c1a-4c55-9a51-000000000001' THEN 'warga1@aduan.test'
                                 ELSE 'warga2@aduan.test' END END,
       CASE WHEN d.reporter_subject IS NULL THEN 'pbkdf2-sha256$20000$YWR1YW4tZGVtby1zYWx0IQ==$6ZO7d6ZUT9LooXvj4c8aHo+XwMwX6qQjprfYHnhSY2w=' END,
       d.category_id, d.kecamatan_code, d.anonymous, d.confidential,
       CASE WHEN d.status IN ('FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')
            THEN coalesce(c.default_agency_id, '01900000-0000-7000-8000-0000000000a0') END,
       d.created_at, d.created_at + interval '4 days',
       CASE WHEN d.status IN ('SUBMITTED', 'VERIFIED') THEN d.created_at + interval '5 days' END,
       CASE WHEN d.status = 'FORWARDED' THEN d.created_at + interval '9 days' END,
       CASE WHEN d.status = 'RESOLVED' THEN now() + interval '10 days' END,
       d.status IN ('SUBMITTED', 'VERIFIED', 'FORWARDED') AND d.created_at < now() - interval '10 days',
       CASE WHEN d.status IN ('SUBMITTED', 'VERIFIED', 'FORWARDED') AND d.created_at < now() - interval '10 days'
            THEN 1 ELSE 0 END,
       CASE WHEN d.status = 'CLOSED' THEN 2 + d.i % 4 END,
       d.contact_phone
FROM demo_report d JOIN category c ON c.id = d.category_id
ON CONFLICT (id) DO NOTHING
RETURNING id)
INSERT INTO demo_new SELECT id FROM inserted;

INSERT INTO report_agency (report_id, agency_id, forwarded_at)
SELECT id, current_agency_id, created_at + interval '2 days' FROM report
WHERE current_agency_id IS NOT NULL AND id IN (SELECT id FROM demo_new)
ON CONFLICT DO NOTHING;

-- The steps that lead to each status, one event each, a day apart.
WITH path (status, seq, type, from_status, to_status, role) AS (VALUES
  ('SUBMITTED', 1, 'SUBMITTED', NULL, 'SUBMITTED', 'reporter'),
  ('ON_HOLD', 1, 'SUBMITTED', NULL, 'SUBMITTED', 'reporter'),
  ('ON_HOLD', 2, 'HELD', 'SUBMITTED', 'ON_HOLD', 'admin'),
  ('ARCHIVED', 1, 'SUBMITTED', NULL, 'SUBMITTED', 'reporter'),
  ('ARCHIVED', 2, 'ARCHIVED', 'SUBMITTED', 'ARCHIVED', 'admin'),
  ('VERIFIED', 1, 'SUBMITTED', NULL, 'SUBMITTED', 'reporter'),
  ('VERIFIED', 2, 'VERIFIED', 'SUBMITTED', 'VERIFIED', 'admin'),
  ('FORWARDED', 1, 'SUBMITTED', NULL, 'SUBMITTED', 'reporter'),
  ('FORWARDED', 2, 'VERIFIED', 'SUBMITTED', 'VERIFIED', 'admin'),
  ('FORWARDED', 3, 'FORWARDED', 'VERIFIED', 'FORWARDED', 'admin'),
  ('IN_PROGRESS', 1, 'SUBMITTED', NULL, 'SUBMITTED', 'reporter'),
  ('IN_PROGRESS', 2, 'VERIFIED', 'SUBMITTED', 'VERIFIED', 'admin'),
  ('IN_PROGRESS', 3, 'FORWARDED', 'VERIFIED', 'FORWARDED', 'admin'),
  ('IN_PROGRESS', 4, 'FOLLOWED_UP', 'FORWARDED', 'IN_PROGRESS', 'officer'),
  ('RESOLVED', 1, 'SUBMITTED', NULL, 'SUBMITTED', 'reporter'),
  ('RESOLVED', 2, 'VERIFIED', 'SUBMITTED', 'VERIFIED', 'admin'),
  ('RESOLVED', 3, 'FORWARDED', 'VERIFIED', 'FORWARDED', 'admin'),
  ('RESOLVED', 4, 'FOLLOWED_UP', 'FORWARDED', 'IN_PROGRESS', 'officer'),
  ('RESOLVED', 5, 'RESOLVED', 'IN_PROGRESS', 'RESOLVED', 'officer'),
  ('CLOSED', 1, 'SUBMITTED', NULL, 'SUBMITTED', 'reporter'),
  ('CLOSED', 2, 'VERIFIED', 'SUBMITTED', 'VERIFIED', 'admin'),
  ('CLOSED', 3, 'FORWARDED', 'VERIFIED', 'FORWARDED', 'admin'),
  ('CLOSED', 4, 'FOLLOWED_UP', 'FORWARDED', 'IN_PROGRESS', 'officer'),
  ('CLOSED', 5, 'RESOLVED', 'IN_PROGRESS', 'RESOLVED', 'officer'),
  ('CLOSED', 6, 'CONFIRMED', 'RESOLVED', 'CLOSED', 'reporter'))
INSERT INTO report_event (report_id, seq, type, at, actor_subject, actor_name, actor_role, actor_agency_id,
                          from_status, to_status, details)
SELECT r.id, p.seq, p.type, r.created_at + make_interval(days => p.seq - 1),
       CASE p.role WHEN 'reporter' THEN r.reporter_subject WHEN 'admin' THEN '6b0f6f0e-0c1a-4c55-9a51-000000000004' END,
       CASE p.role WHEN 'admin' THEN 'Admin Satu' WHEN 'officer' THEN 'Petugas' END,
       CASE p.role WHEN 'reporter' THEN CASE WHEN r.reporter_subject IS NULL THEN 'guest' ELSE 'citizen' END
                   ELSE p.role END,
       CASE p.role WHEN 'officer' THEN r.current_agency_id END,
       p.from_status, p.to_status,
       CASE p.type
         WHEN 'HELD' THEN '{"message": "Mohon sebutkan alamat lengkap lokasi kejadian."}'
         WHEN 'ARCHIVED' THEN '{"reason": "OUT_OF_SCOPE"}'
         WHEN 'VERIFIED' THEN '{"anonymous": ' || r.anonymous || ', "confidential": ' || r.confidential || '}'
         WHEN 'FORWARDED' THEN '{"agencyId": "' || r.current_agency_id || '"}'
         WHEN 'FOLLOWED_UP' THEN '{"message": "Laporan sedang kami tindak lanjuti di lapangan."}'
         WHEN 'RESOLVED' THEN '{"resolution": "Masalah sudah ditangani oleh tim lapangan."}'
         WHEN 'CONFIRMED' THEN '{"rating": ' || r.rating || '}'
         ELSE '{}' END::jsonb
FROM report r JOIN path p ON p.status = r.status
WHERE r.id IN (SELECT id FROM demo_new)
ON CONFLICT DO NOTHING;

UPDATE report SET archive_reason = 'OUT_OF_SCOPE'
WHERE status = 'ARCHIVED' AND archive_reason IS NULL AND id IN (SELECT id FROM demo_new);

-- An Open311 application's key, DEMO ONLY: adn_DEMO-ONLY-open311-key-for-local-testing
INSERT INTO api_client (id, name, contact, key_prefix, key_hash, created_at, created_by)
VALUES ('01900000-0000-7000-8003-000000000001', 'Aplikasi demo Open311', 'demo@aduan.test', 'adn_DEMO-ONL',
        'c72f342d88a167b83d16cf4d34378f857f6ae467d68404670505af32375f59c5', now(),
        '6b0f6f0e-0c1a-4c55-9a51-000000000004')
ON CONFLICT (id) DO NOTHING;
