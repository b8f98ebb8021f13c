-- Open311 GET requests filtered by service_code: public reports of some categories in a window
-- of time, newest first. Without this index the public feed's index would be walked over the
-- whole window, fetching every row to test its category.
CREATE INDEX report_public_category_idx ON report (category_id, created_at DESC, id DESC)
  WHERE NOT confidential AND status IN ('VERIFIED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');
