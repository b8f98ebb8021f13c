-- The deadline of the report's current step, for sorting queues by urgency; 'infinity' when
-- no clock runs, so that the sort key is never null and keyset paging stays simple.
ALTER TABLE report ADD COLUMN due_at timestamptz
  GENERATED ALWAYS AS (coalesce(verify_due_at, follow_up_due_at, close_due_at, 'infinity'::timestamptz)) STORED;

-- The admins' queue: reports to verify or forward, most urgent first.
CREATE INDEX report_admin_queue_idx ON report (due_at, id) WHERE status IN ('SUBMITTED', 'VERIFIED');
-- An agency's queue: what it handles now, most urgent first.
CREATE INDEX report_agency_queue_idx ON report (current_agency_id, due_at, id)
  WHERE status IN ('FORWARDED', 'IN_PROGRESS', 'RESOLVED');
