-- Rate limits shared by every API instance (SharedLimits, ADR 0025): one row per key (an address,
-- an account, a sender) with its theoretical arrival time. A row whose time has passed is a full
-- allowance, the same as no row, so the cleanup job may delete it at any time. Written on every
-- limited request: no index besides the key, so that updates stay HOT; the cleanup reads the
-- table whole, which holds only the keys of the last period.
CREATE TABLE rate_limit (
  key text        PRIMARY KEY,
  tat timestamptz NOT NULL
) WITH (fillfactor = 70);

-- Guesses of one report's PIN per client address (GuestAccess, ADR 0025), counted before the PIN
-- is compared. Per address and not per report, so that nobody can lock a reporter out of their
-- own report; the receipt's access key opens it in any case.
DROP TABLE pin_guard;
CREATE TABLE pin_attempt (
  report_id         uuid        NOT NULL REFERENCES report (id) ON DELETE CASCADE,
  address           text        NOT NULL,
  window_started_at timestamptz NOT NULL,
  attempts          integer     NOT NULL,
  PRIMARY KEY (report_id, address)
) WITH (fillfactor = 70);

-- PIN hashes made before the pepper, which PinHashUpgrade wraps at startup: the index finds the
-- few left without reading every report, and is empty once they are done.
CREATE INDEX report_legacy_pin_hash_idx ON report (id) WHERE left(pin_hash, 14) = 'pbkdf2-sha256$';
