-- DEMO DATA, loaded at startup only when aduan.demo-data=true (./aduan run sets it): the Kupang agencies and a few reports of the
-- demo citizen warga1 (Keycloak id 6b0f6f0e-...-000000000001 in keycloak/realm-dev.json).
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
