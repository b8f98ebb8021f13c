-- Report categories: a hierarchy; a category may suggest the agency that usually handles it.
CREATE TABLE category (
  id                 uuid         PRIMARY KEY,
  code               varchar(32)  NOT NULL,
  name               varchar(200) NOT NULL,
  parent_id          uuid         REFERENCES category (id),
  default_agency_id  uuid         REFERENCES agency (id),
  active             boolean      NOT NULL DEFAULT true,
  created_at         timestamptz  NOT NULL,
  updated_at         timestamptz  NOT NULL,
  version            integer      NOT NULL DEFAULT 0,
  CONSTRAINT category_code_uq UNIQUE (code),
  CONSTRAINT category_not_own_parent CHECK (parent_id <> id)
);
CREATE INDEX category_parent_code_idx ON category (parent_id, code);

-- What, where and when.
ALTER TABLE report
  ADD COLUMN category_id     uuid REFERENCES category (id),
  ADD COLUMN latitude        double precision CHECK (latitude BETWEEN -90 AND 90),
  ADD COLUMN longitude       double precision CHECK (longitude BETWEEN -180 AND 180),
  ADD COLUMN kecamatan_code  varchar(20),
  ADD COLUMN kelurahan_code  varchar(20),
  ADD COLUMN address         varchar(300),
  ADD COLUMN incident_date   date,
  ADD COLUMN support_count   integer NOT NULL DEFAULT 0,
  ADD CONSTRAINT report_lat_lng_together CHECK ((latitude IS NULL) = (longitude IS NULL)),
  -- Full-text search of the public feed, with Indonesian stemming.
  ADD COLUMN search tsvector GENERATED ALWAYS AS
    (to_tsvector('indonesian', coalesce(title, '') || ' ' || coalesce(description, ''))) STORED;

CREATE INDEX report_category_idx ON report (category_id) WHERE category_id IS NOT NULL;
-- The public feed: verified, non-confidential reports, newest first.
CREATE INDEX report_public_feed_idx ON report (created_at DESC, id DESC)
  WHERE NOT confidential AND status IN ('VERIFIED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');
CREATE INDEX report_search_idx ON report USING gin (search)
  WHERE NOT confidential AND status IN ('VERIFIED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');

-- Support (dukung): one per citizen and public report.
CREATE TABLE report_support (
  report_id   uuid        NOT NULL REFERENCES report (id),
  subject     varchar(64) NOT NULL,
  created_at  timestamptz NOT NULL,
  PRIMARY KEY (report_id, subject)
);

-- Idempotent submissions: a retried POST /reports with the same Idempotency-Key returns the
-- first report. The report row comes later in the same transaction, hence the deferred key.
CREATE TABLE report_idempotency (
  scope         varchar(80)  NOT NULL,
  key           varchar(200) NOT NULL,
  request_hash  varchar(64)  NOT NULL,
  report_id     uuid         NOT NULL REFERENCES report (id) DEFERRABLE INITIALLY DEFERRED,
  created_at    timestamptz  NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE INDEX report_idempotency_created_idx ON report_idempotency (created_at);
