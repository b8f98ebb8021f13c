-- One row per report for the statistics: its dimensions now, and what its events measured
-- (durations in whole working days on the holiday calendar, deadlines met, reopened, rating).
-- Kept in the same transaction as every event (ReportEvents), so it never disagrees with the
-- history; reports older than this table are filled in by a background job (ADR 0009).
CREATE TABLE report_facts (
  report_id         uuid        PRIMARY KEY REFERENCES report (id),
  received_at       timestamptz NOT NULL,
  -- The day in the city's time zone: periods and series are counted in local days.
  received_on       date        NOT NULL,
  type              varchar(32) NOT NULL,
  channel           varchar(32) NOT NULL,
  status            varchar(32) NOT NULL,
  confidential      boolean     NOT NULL,
  agency_id         uuid        REFERENCES agency (id),
  category_id       uuid        REFERENCES category (id),
  kecamatan_code    varchar(20),
  kelurahan_code    varchar(20),
  -- The admin's step: receipt to the first forward or the archiving, days on hold left out.
  verify_days       smallint,
  verify_met        boolean,
  forwarded_at      timestamptz,
  -- The agency's step: the first forward to the first follow-up.
  follow_up_days    smallint,
  follow_up_met     boolean,
  resolved_on       date,
  resolution_days   smallint,
  reopened          boolean     NOT NULL DEFAULT false,
  rating            smallint    CHECK (rating BETWEEN 1 AND 5),
  hold_since        timestamptz,
  hold_days         smallint    NOT NULL DEFAULT 0,
  -- The deadline of a verify or follow-up step still running (null otherwise): "overdue" is
  -- decided at query time against now().
  step_due_at       timestamptz,
  updated_at        timestamptz NOT NULL
);

-- Periods: every statistic filters on the day received, most also on the agency.
CREATE INDEX report_facts_received_idx ON report_facts (received_on);
CREATE INDEX report_facts_agency_received_idx ON report_facts (agency_id, received_on);
-- The "resolved" series and its drill-down.
CREATE INDEX report_facts_resolved_idx ON report_facts (resolved_on) WHERE resolved_on IS NOT NULL;
-- The backlog: open reports only.
CREATE INDEX report_facts_open_idx ON report_facts (received_on)
  WHERE status IN ('SUBMITTED', 'ON_HOLD', 'VERIFIED', 'FORWARDED', 'IN_PROGRESS');
-- The drill-down list, newest first, keyset-paginated.
CREATE INDEX report_facts_list_idx ON report_facts (received_at DESC, report_id DESC);
-- The open-data ETag: the time of the latest change.
CREATE INDEX report_facts_updated_idx ON report_facts (updated_at);
-- The backfill finds the reports without facts through the primary keys of both tables.
