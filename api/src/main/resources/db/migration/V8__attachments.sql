-- Photos and documents attached to reports. The bytes live apart from the metadata, behind
-- AttachmentStorage, so that an object store can take them over later.
CREATE TABLE attachment (
  id                uuid         PRIMARY KEY,
  report_id         uuid         NOT NULL REFERENCES report (id),
  filename          varchar(200) NOT NULL,
  media_type        varchar(50)  NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  size              integer      NOT NULL CHECK (size > 0),
  sha256            varchar(64)  NOT NULL,
  uploader_role     varchar(32)  NOT NULL,
  uploader_subject  varchar(64),
  created_at        timestamptz  NOT NULL
);
CREATE INDEX attachment_report_idx ON attachment (report_id, created_at, id);

CREATE TABLE attachment_content (
  attachment_id  uuid  PRIMARY KEY REFERENCES attachment (id),
  content        bytea NOT NULL
);

ALTER TABLE report_event DROP CONSTRAINT report_event_type_known;
ALTER TABLE report_event ADD CONSTRAINT report_event_type_known CHECK (type IN
  ('SUBMITTED', 'VERIFIED', 'HELD', 'ARCHIVED', 'FORWARDED', 'RETURNED', 'FOLLOWED_UP', 'RESOLVED',
   'ESCALATED', 'CLOSED', 'MESSAGE_POSTED', 'CONFIRMED', 'DISPUTED', 'ATTACHMENT_ADDED'));
