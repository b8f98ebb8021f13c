-- Messages on a report: public replies between the reporter and officials, and internal
-- notes that only officials read.
CREATE TABLE report_message (
  id             uuid          PRIMARY KEY,
  report_id      uuid          NOT NULL REFERENCES report (id),
  internal       boolean       NOT NULL,
  body           varchar(5000) NOT NULL,
  author_role    varchar(32)   NOT NULL,
  author_subject varchar(64),
  author_name    varchar(200),
  author_agency_id uuid        REFERENCES agency (id),
  created_at     timestamptz   NOT NULL
);
-- A report's messages in order (ids are time-ordered UUIDs).
CREATE INDEX report_message_report_idx ON report_message (report_id, created_at, id);

-- The reporter's answer to a resolution.
ALTER TABLE report
  ADD COLUMN rating          smallint CHECK (rating BETWEEN 1 AND 5),
  ADD COLUMN rating_comment  varchar(2000);

ALTER TABLE report_event DROP CONSTRAINT report_event_type_known;
ALTER TABLE report_event ADD CONSTRAINT report_event_type_known CHECK (type IN
  ('SUBMITTED', 'VERIFIED', 'HELD', 'ARCHIVED', 'FORWARDED', 'RETURNED', 'FOLLOWED_UP', 'RESOLVED',
   'ESCALATED', 'CLOSED', 'MESSAGE_POSTED', 'CONFIRMED', 'DISPUTED'));
