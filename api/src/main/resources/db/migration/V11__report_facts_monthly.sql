-- Monthly rollups of report_facts, kept by a trigger in the same transaction as the facts, so
-- that statistics over long periods add up a few thousand rows instead of scanning a row per
-- report (ADR 0009). Months are those of received_on (the city's days). Partial months at the
-- edges of a period are counted from report_facts itself.

-- Counts per month and every dimension but the kelurahan.
CREATE TABLE report_facts_monthly (
  month           date        NOT NULL,
  agency_id       uuid,
  category_id     uuid,
  channel         varchar(32) NOT NULL,
  kecamatan_code  varchar(20),
  type            varchar(32) NOT NULL,
  confidential    boolean     NOT NULL,
  received        integer     NOT NULL,
  submitted       integer     NOT NULL,
  on_hold         integer     NOT NULL,
  verified        integer     NOT NULL,
  forwarded       integer     NOT NULL,
  in_progress     integer     NOT NULL,
  resolved        integer     NOT NULL,
  closed          integer     NOT NULL,
  archived        integer     NOT NULL,
  verify_met      integer     NOT NULL,
  verify_late     integer     NOT NULL,
  follow_up_met   integer     NOT NULL,
  follow_up_late  integer     NOT NULL,
  reopened        integer     NOT NULL,
  resolved_ever   integer     NOT NULL,
  rating_1        integer     NOT NULL,
  rating_2        integer     NOT NULL,
  rating_3        integer     NOT NULL,
  rating_4        integer     NOT NULL,
  rating_5        integer     NOT NULL
);
CREATE UNIQUE INDEX report_facts_monthly_key ON report_facts_monthly
  (month, agency_id, category_id, channel, kecamatan_code, type, confidential) NULLS NOT DISTINCT;

-- How many reports took each number of working days, per month and agency: medians and p90
-- of long periods. Durations of 100 working days or more are kept as 100.
CREATE TABLE report_facts_monthly_days (
  month         date        NOT NULL,
  agency_id     uuid,
  confidential  boolean     NOT NULL,
  measure       varchar(16) NOT NULL CHECK (measure IN ('verify', 'followUp', 'resolution')),
  days          smallint    NOT NULL,
  n             integer     NOT NULL
);
CREATE UNIQUE INDEX report_facts_monthly_days_key ON report_facts_monthly_days
  (month, agency_id, confidential, measure, days) NULLS NOT DISTINCT;

-- One report's contribution to each rollup, signed: 1 to add it, -1 to take it away.
CREATE FUNCTION report_facts_monthly_of(f report_facts, sign integer) RETURNS SETOF report_facts_monthly
LANGUAGE sql IMMUTABLE AS $$
  SELECT date_trunc('month', f.received_on::timestamp)::date, f.agency_id, f.category_id, f.channel, f.kecamatan_code, f.type,
    f.confidential, sign,
    CASE WHEN f.status = 'SUBMITTED' THEN sign ELSE 0 END, CASE WHEN f.status = 'ON_HOLD' THEN sign ELSE 0 END,
    CASE WHEN f.status = 'VERIFIED' THEN sign ELSE 0 END, CASE WHEN f.status = 'FORWARDED' THEN sign ELSE 0 END,
    CASE WHEN f.status = 'IN_PROGRESS' THEN sign ELSE 0 END, CASE WHEN f.status = 'RESOLVED' THEN sign ELSE 0 END,
    CASE WHEN f.status = 'CLOSED' THEN sign ELSE 0 END, CASE WHEN f.status = 'ARCHIVED' THEN sign ELSE 0 END,
    CASE WHEN f.verify_met THEN sign ELSE 0 END, CASE WHEN NOT f.verify_met THEN sign ELSE 0 END,
    CASE WHEN f.follow_up_met THEN sign ELSE 0 END, CASE WHEN NOT f.follow_up_met THEN sign ELSE 0 END,
    CASE WHEN f.reopened THEN sign ELSE 0 END, CASE WHEN f.resolved_on IS NOT NULL THEN sign ELSE 0 END,
    CASE WHEN f.rating = 1 THEN sign ELSE 0 END, CASE WHEN f.rating = 2 THEN sign ELSE 0 END,
    CASE WHEN f.rating = 3 THEN sign ELSE 0 END, CASE WHEN f.rating = 4 THEN sign ELSE 0 END,
    CASE WHEN f.rating = 5 THEN sign ELSE 0 END
  WHERE f.report_id IS NOT NULL
$$;

CREATE FUNCTION report_facts_monthly_days_of(f report_facts, sign integer) RETURNS SETOF report_facts_monthly_days
LANGUAGE sql IMMUTABLE AS $$
  SELECT date_trunc('month', f.received_on::timestamp)::date, f.agency_id, f.confidential, x.measure, least(x.days, 100)::smallint, sign
  FROM (VALUES ('followUp', f.follow_up_days), ('resolution', f.resolution_days), ('verify', f.verify_days))
    AS x(measure, days)
  WHERE f.report_id IS NOT NULL AND x.days IS NOT NULL
$$;

-- Moves a changed row's contribution: the old one out, the new one in, netted per rollup row
-- and written in key order, as every writer does, so that two transactions never wait on
-- each other's rows in opposite orders.
CREATE FUNCTION report_facts_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND report_facts_rolled(OLD) = report_facts_rolled(NEW) THEN
    RETURN NULL;
  END IF;
  INSERT INTO report_facts_monthly AS r
  SELECT month, agency_id, category_id, channel, kecamatan_code, type, confidential, sum(received), sum(submitted),
    sum(on_hold), sum(verified), sum(forwarded), sum(in_progress), sum(resolved), sum(closed), sum(archived),
    sum(verify_met), sum(verify_late), sum(follow_up_met), sum(follow_up_late), sum(reopened), sum(resolved_ever),
    sum(rating_1), sum(rating_2), sum(rating_3), sum(rating_4), sum(rating_5)
  FROM (SELECT * FROM report_facts_monthly_of(OLD, -1) UNION ALL SELECT * FROM report_facts_monthly_of(NEW, 1)) c
  GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (month, agency_id, category_id, channel, kecamatan_code, type, confidential) DO UPDATE SET
    received = r.received + excluded.received, submitted = r.submitted + excluded.submitted,
    on_hold = r.on_hold + excluded.on_hold, verified = r.verified + excluded.verified,
    forwarded = r.forwarded + excluded.forwarded, in_progress = r.in_progress + excluded.in_progress,
    resolved = r.resolved + excluded.resolved, closed = r.closed + excluded.closed,
    archived = r.archived + excluded.archived, verify_met = r.verify_met + excluded.verify_met,
    verify_late = r.verify_late + excluded.verify_late, follow_up_met = r.follow_up_met + excluded.follow_up_met,
    follow_up_late = r.follow_up_late + excluded.follow_up_late, reopened = r.reopened + excluded.reopened,
    resolved_ever = r.resolved_ever + excluded.resolved_ever, rating_1 = r.rating_1 + excluded.rating_1,
    rating_2 = r.rating_2 + excluded.rating_2, rating_3 = r.rating_3 + excluded.rating_3,
    rating_4 = r.rating_4 + excluded.rating_4, rating_5 = r.rating_5 + excluded.rating_5;
  INSERT INTO report_facts_monthly_days AS d
  SELECT month, agency_id, confidential, measure, days, sum(n)
  FROM (SELECT * FROM report_facts_monthly_days_of(OLD, -1)
        UNION ALL SELECT * FROM report_facts_monthly_days_of(NEW, 1)) c
  GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (month, agency_id, confidential, measure, days) DO UPDATE SET n = d.n + excluded.n;
  RETURN NULL;
END;
$$;

-- What a row contributes to the rollups; an update that changes none of it costs nothing more.
CREATE FUNCTION report_facts_rolled(f report_facts) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT concat_ws('|', date_trunc('month', f.received_on::timestamp)::date, f.agency_id, f.category_id, f.channel,
    f.kecamatan_code, f.type, f.confidential, f.status, f.verify_met, f.follow_up_met, f.reopened,
    f.resolved_on IS NOT NULL, f.rating, f.verify_days, f.follow_up_days, f.resolution_days)
$$;

CREATE TRIGGER report_facts_rollup AFTER INSERT OR UPDATE OR DELETE ON report_facts
  FOR EACH ROW EXECUTE FUNCTION report_facts_rollup();

-- The rollups recomputed from scratch: to fill them here, and for the test that compares
-- them with what the trigger kept.
CREATE FUNCTION report_facts_monthly_rebuilt() RETURNS SETOF report_facts_monthly LANGUAGE sql STABLE AS $$
  SELECT date_trunc('month', received_on::timestamp)::date, agency_id, category_id, channel, kecamatan_code, type,
    confidential, count(*)::int, count(*) FILTER (WHERE status = 'SUBMITTED')::int,
    count(*) FILTER (WHERE status = 'ON_HOLD')::int, count(*) FILTER (WHERE status = 'VERIFIED')::int,
    count(*) FILTER (WHERE status = 'FORWARDED')::int, count(*) FILTER (WHERE status = 'IN_PROGRESS')::int,
    count(*) FILTER (WHERE status = 'RESOLVED')::int, count(*) FILTER (WHERE status = 'CLOSED')::int,
    count(*) FILTER (WHERE status = 'ARCHIVED')::int, count(*) FILTER (WHERE verify_met)::int,
    count(*) FILTER (WHERE NOT verify_met)::int, count(*) FILTER (WHERE follow_up_met)::int,
    count(*) FILTER (WHERE NOT follow_up_met)::int, count(*) FILTER (WHERE reopened)::int,
    count(*) FILTER (WHERE resolved_on IS NOT NULL)::int, count(*) FILTER (WHERE rating = 1)::int,
    count(*) FILTER (WHERE rating = 2)::int, count(*) FILTER (WHERE rating = 3)::int,
    count(*) FILTER (WHERE rating = 4)::int, count(*) FILTER (WHERE rating = 5)::int
  FROM report_facts GROUP BY 1, 2, 3, 4, 5, 6, 7
$$;

CREATE FUNCTION report_facts_monthly_days_rebuilt() RETURNS SETOF report_facts_monthly_days LANGUAGE sql STABLE AS $$
  SELECT date_trunc('month', received_on::timestamp)::date, agency_id, confidential, x.measure,
    least(x.days, 100)::smallint, count(*)::int
  FROM report_facts, LATERAL (VALUES ('followUp', follow_up_days), ('resolution', resolution_days),
    ('verify', verify_days)) AS x(measure, days)
  WHERE x.days IS NOT NULL GROUP BY 1, 2, 3, 4, 5
$$;

INSERT INTO report_facts_monthly SELECT * FROM report_facts_monthly_rebuilt();
INSERT INTO report_facts_monthly_days SELECT * FROM report_facts_monthly_days_rebuilt();

-- Overdue steps are decided against now(): only reports with a running step are read.
CREATE INDEX report_facts_running_idx ON report_facts (received_on) WHERE step_due_at IS NOT NULL;
-- Statistics of one kelurahan read the facts.
CREATE INDEX report_facts_kelurahan_idx ON report_facts (kelurahan_code, received_on) WHERE kelurahan_code IS NOT NULL;
