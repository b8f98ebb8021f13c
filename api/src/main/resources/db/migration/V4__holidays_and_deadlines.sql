-- Non-working days besides weekends: national holidays, cuti bersama and local days off,
-- kept by admins. Deadlines count working days on this calendar.
CREATE TABLE holiday (
  date  date         PRIMARY KEY,
  name  varchar(200) NOT NULL,
  kind  varchar(32)  NOT NULL CHECK (kind IN ('NATIONAL', 'CUTI_BERSAMA', 'LOCAL'))
);

-- Deadlines of the report's current step (null when none runs) and the escalation they caused.
ALTER TABLE report
  ADD COLUMN verify_due_at     timestamptz,
  ADD COLUMN follow_up_due_at  timestamptz,
  ADD COLUMN close_due_at      timestamptz,
  ADD COLUMN hold_started_at   timestamptz,
  ADD COLUMN overdue           boolean NOT NULL DEFAULT false,
  ADD COLUMN escalation_level  smallint NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 2),
  ADD COLUMN reopened          boolean NOT NULL DEFAULT false;

-- The deadline job's scans: only reports with a running clock are indexed.
CREATE INDEX report_verify_due_idx ON report (verify_due_at) WHERE verify_due_at IS NOT NULL;
CREATE INDEX report_follow_up_due_idx ON report (follow_up_due_at) WHERE follow_up_due_at IS NOT NULL;
CREATE INDEX report_close_due_idx ON report (close_due_at) WHERE close_due_at IS NOT NULL;

ALTER TABLE report_event DROP CONSTRAINT report_event_type_known;
ALTER TABLE report_event ADD CONSTRAINT report_event_type_known CHECK (type IN
  ('SUBMITTED', 'VERIFIED', 'HELD', 'ARCHIVED', 'FORWARDED', 'RETURNED', 'FOLLOWED_UP', 'RESOLVED',
   'ESCALATED', 'CLOSED'));

-- Indonesia's national holidays and cuti bersama for 2026 and 2027. The dates of lunar and
-- Islamic holidays follow the government's joint decree (SKB 3 Menteri) and may be moved by
-- it: admins correct them through /api/v1/holidays.
INSERT INTO holiday (date, name, kind) VALUES
  ('2026-01-01', 'Tahun Baru 2026 Masehi', 'NATIONAL'),
  ('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', 'NATIONAL'),
  ('2026-02-16', 'Cuti bersama Tahun Baru Imlek', 'CUTI_BERSAMA'),
  ('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'NATIONAL'),
  ('2026-03-18', 'Cuti bersama Hari Suci Nyepi', 'CUTI_BERSAMA'),
  ('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948', 'NATIONAL'),
  ('2026-03-20', 'Idul Fitri 1447 Hijriah', 'NATIONAL'),
  ('2026-03-21', 'Idul Fitri 1447 Hijriah', 'NATIONAL'),
  ('2026-03-23', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA'),
  ('2026-03-24', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA'),
  ('2026-04-03', 'Wafat Yesus Kristus', 'NATIONAL'),
  ('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'NATIONAL'),
  ('2026-05-01', 'Hari Buruh Internasional', 'NATIONAL'),
  ('2026-05-14', 'Kenaikan Yesus Kristus', 'NATIONAL'),
  ('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'CUTI_BERSAMA'),
  ('2026-05-27', 'Idul Adha 1447 Hijriah', 'NATIONAL'),
  ('2026-05-31', 'Hari Raya Waisak 2570 BE', 'NATIONAL'),
  ('2026-06-01', 'Hari Lahir Pancasila', 'NATIONAL'),
  ('2026-06-16', 'Tahun Baru Islam 1448 Hijriah', 'NATIONAL'),
  ('2026-08-17', 'Hari Kemerdekaan Republik Indonesia', 'NATIONAL'),
  ('2026-08-25', 'Maulid Nabi Muhammad SAW', 'NATIONAL'),
  ('2026-12-24', 'Cuti bersama Hari Raya Natal', 'CUTI_BERSAMA'),
  ('2026-12-25', 'Hari Raya Natal', 'NATIONAL'),
  ('2027-01-01', 'Tahun Baru 2027 Masehi', 'NATIONAL'),
  ('2027-01-05', 'Isra Mikraj Nabi Muhammad SAW', 'NATIONAL'),
  ('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili', 'NATIONAL'),
  ('2027-03-09', 'Hari Suci Nyepi Tahun Baru Saka 1949', 'NATIONAL'),
  ('2027-03-10', 'Idul Fitri 1448 Hijriah', 'NATIONAL'),
  ('2027-03-11', 'Idul Fitri 1448 Hijriah', 'NATIONAL'),
  ('2027-03-12', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA'),
  ('2027-03-26', 'Wafat Yesus Kristus', 'NATIONAL'),
  ('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)', 'NATIONAL'),
  ('2027-05-01', 'Hari Buruh Internasional', 'NATIONAL'),
  ('2027-05-06', 'Kenaikan Yesus Kristus', 'NATIONAL'),
  ('2027-05-17', 'Idul Adha 1448 Hijriah', 'NATIONAL'),
  ('2027-05-20', 'Hari Raya Waisak 2571 BE', 'NATIONAL'),
  ('2027-06-01', 'Hari Lahir Pancasila', 'NATIONAL'),
  ('2027-06-06', 'Tahun Baru Islam 1449 Hijriah', 'NATIONAL'),
  ('2027-08-15', 'Maulid Nabi Muhammad SAW', 'NATIONAL'),
  ('2027-08-17', 'Hari Kemerdekaan Republik Indonesia', 'NATIONAL'),
  ('2027-12-24', 'Cuti bersama Hari Raya Natal', 'CUTI_BERSAMA'),
  ('2027-12-25', 'Hari Raya Natal', 'NATIONAL');
