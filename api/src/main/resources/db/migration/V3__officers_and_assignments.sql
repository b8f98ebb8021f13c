-- Officers (petugas UPP): Keycloak accounts (by their `sub`) that belong to one agency.
CREATE TABLE officer (
  subject     varchar(64)  PRIMARY KEY,
  agency_id   uuid         NOT NULL REFERENCES agency (id),
  name        varchar(200) NOT NULL,
  email       varchar(254),
  active      boolean      NOT NULL DEFAULT true,
  created_at  timestamptz  NOT NULL,
  updated_at  timestamptz  NOT NULL,
  version     integer      NOT NULL DEFAULT 0
);
CREATE INDEX officer_agency_idx ON officer (agency_id, subject);

-- Every agency a report was ever forwarded to: an agency keeps seeing what it once handled.
CREATE TABLE report_agency (
  report_id     uuid        NOT NULL REFERENCES report (id),
  agency_id     uuid        NOT NULL REFERENCES agency (id),
  forwarded_at  timestamptz NOT NULL,
  PRIMARY KEY (report_id, agency_id)
);
CREATE INDEX report_agency_agency_idx ON report_agency (agency_id, report_id);

-- Officer decisions add event types; the column stays free text, checked here.
ALTER TABLE report_event ADD CONSTRAINT report_event_type_known CHECK (type IN
  ('SUBMITTED', 'VERIFIED', 'HELD', 'ARCHIVED', 'FORWARDED', 'RETURNED', 'FOLLOWED_UP', 'RESOLVED'));

-- Reports forwarded before this migration keep their current agency as history.
INSERT INTO report_agency (report_id, agency_id, forwarded_at)
SELECT id, current_agency_id, updated_at FROM report WHERE current_agency_id IS NOT NULL;
