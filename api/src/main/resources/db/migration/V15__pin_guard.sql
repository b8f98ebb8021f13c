-- Wrong PINs per report, from any address and any instance: the guard against guessing one
-- report's 6-digit PIN (at 10 in 15 minutes, the default, finding one takes 1.4 years on average).
-- A row exists only for reports that had a wrong PIN; its window restarts after it ends.
CREATE TABLE pin_guard (
  report_id         uuid        PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
  window_started_at timestamptz NOT NULL,
  failures          integer     NOT NULL
);
