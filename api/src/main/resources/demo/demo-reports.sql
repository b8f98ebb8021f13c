-- DEMO DATA, loaded at startup only when aduan.demo-data=true (./aduan run sets it): a few reports of the
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
