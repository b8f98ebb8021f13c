-- Reports submitted by citizens and guests. Enum-like columns are text with CHECK constraints:
-- readable in SQL and in exports, and a new value needs only a migration.
CREATE TABLE report (
  id               uuid        PRIMARY KEY,
  tracking_code    varchar(8)  NOT NULL,
  type             varchar(32) NOT NULL CHECK (type IN ('COMPLAINT', 'ASPIRATION', 'INFORMATION_REQUEST')),
  status           varchar(32) NOT NULL CHECK (status IN ('SUBMITTED', 'ON_HOLD', 'VERIFIED', 'FORWARDED',
                                                          'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'ARCHIVED')),
  title            varchar(150)  NOT NULL,
  description      varchar(5000) NOT NULL,
  channel          varchar(32) NOT NULL CHECK (channel IN ('WEB')),
  reporter_subject varchar(64),
  contact_name     varchar(100),
  contact_email    varchar(254),
  contact_phone    varchar(20),
  pin_hash         varchar(200),
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  version          integer     NOT NULL DEFAULT 0,
  CONSTRAINT report_tracking_code_uq UNIQUE (tracking_code),
  -- A report has either an account (citizen) or a PIN (guest), never both.
  CONSTRAINT report_reporter_or_pin CHECK ((reporter_subject IS NULL) <> (pin_hash IS NULL))
);

-- "Laporan saya": one citizen's reports, newest first, keyset-paginated.
CREATE INDEX report_reporter_created_idx
  ON report (reporter_subject, created_at DESC, id DESC)
  WHERE reporter_subject IS NOT NULL;
