-- Agencies (OPD) and their sub-units: a hierarchy managed by admins. Adding an agency is data,
-- never a deployment.
CREATE TABLE agency (
  id          uuid         PRIMARY KEY,
  code        varchar(32)  NOT NULL,
  name        varchar(200) NOT NULL,
  parent_id   uuid         REFERENCES agency (id),
  active      boolean      NOT NULL DEFAULT true,
  created_at  timestamptz  NOT NULL,
  updated_at  timestamptz  NOT NULL,
  version     integer      NOT NULL DEFAULT 0,
  CONSTRAINT agency_code_uq UNIQUE (code),
  CONSTRAINT agency_not_own_parent CHECK (parent_id <> id)
);
-- One level of the tree (GET /agencies?parentId=...), in code order for keyset paging.
CREATE INDEX agency_parent_code_idx ON agency (parent_id, code);

-- What the admin decided about a report.
ALTER TABLE report
  ADD COLUMN anonymous         boolean     NOT NULL DEFAULT false,
  ADD COLUMN confidential      boolean     NOT NULL DEFAULT false,
  ADD COLUMN current_agency_id uuid        REFERENCES agency (id),
  ADD COLUMN archive_reason    varchar(32) CHECK (archive_reason IN ('OUT_OF_SCOPE', 'DUPLICATE', 'SPAM', 'INCOMPLETE')),
  ADD COLUMN duplicate_of      uuid        REFERENCES report (id),
  ADD CONSTRAINT report_duplicate_needs_reason CHECK (duplicate_of IS NULL OR archive_reason = 'DUPLICATE');
CREATE INDEX report_current_agency_idx ON report (current_agency_id) WHERE current_agency_id IS NOT NULL;

-- Everything that happens to a report, in order: the audit trail and the source of every
-- statistic. Rows are only ever inserted (the trigger below refuses the rest).
CREATE TABLE report_event (
  report_id        uuid        NOT NULL REFERENCES report (id),
  seq              integer     NOT NULL,
  type             varchar(32) NOT NULL,
  at               timestamptz NOT NULL,
  actor_subject    varchar(64),
  actor_name       varchar(200),
  actor_role       varchar(32) NOT NULL,
  actor_agency_id  uuid        REFERENCES agency (id),
  from_status      varchar(32),
  to_status        varchar(32),
  details          jsonb       NOT NULL DEFAULT '{}',
  PRIMARY KEY (report_id, seq)
);

CREATE FUNCTION report_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'report_event is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER report_event_append_only
  BEFORE UPDATE OR DELETE ON report_event
  FOR EACH ROW EXECUTE FUNCTION report_event_append_only();

-- Reports submitted before events existed get their submission event.
INSERT INTO report_event (report_id, seq, type, at, actor_subject, actor_role, to_status)
SELECT id, 1, 'SUBMITTED', created_at, reporter_subject,
       CASE WHEN reporter_subject IS NULL THEN 'guest' ELSE 'citizen' END, 'SUBMITTED'
FROM report;
