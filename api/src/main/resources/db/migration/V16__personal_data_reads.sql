-- Each time an official was shown a reporter's contact data (name, email, phone): who, which
-- report, when, and through what. Indonesia's personal data protection law (UU 27/2022) asks a
-- controller to know who processed whose data; admins read this log. Rows are never changed.
CREATE TABLE personal_data_read (
  id             uuid         PRIMARY KEY,
  report_id      uuid         NOT NULL REFERENCES report (id) ON DELETE CASCADE,
  reader_subject varchar(64)  NOT NULL,
  reader_name    varchar(200),
  reader_role    varchar(16)  NOT NULL CHECK (reader_role IN ('ADMIN', 'SUPERVISOR', 'OFFICER')),
  via            varchar(40)  NOT NULL,
  at             timestamptz  NOT NULL
);
-- Newest first: all of them, one report's, or one official's.
CREATE INDEX personal_data_read_at_idx ON personal_data_read (at DESC, id DESC);
CREATE INDEX personal_data_read_report_idx ON personal_data_read (report_id, at DESC, id DESC);
CREATE INDEX personal_data_read_reader_idx ON personal_data_read (reader_subject, at DESC, id DESC);
