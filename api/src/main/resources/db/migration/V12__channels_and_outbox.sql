-- Reports from every channel, the applications that file them, and everything that leaves the
-- system through one outbox.

-- Third-party applications (Open311 clients) and their keys. Only a SHA-256 of the key is kept:
-- keys are 32 random bytes, so a plain digest cannot be brute-forced and lookups stay one index hit.
CREATE TABLE api_client (
  id           uuid         PRIMARY KEY,
  name         varchar(100) NOT NULL,
  contact      varchar(254),
  key_prefix   varchar(16)  NOT NULL,
  key_hash     varchar(64)  NOT NULL,
  created_at   timestamptz  NOT NULL,
  created_by   varchar(64)  NOT NULL,
  revoked_at   timestamptz,
  last_used_at timestamptz,
  CONSTRAINT api_client_key_hash_uq UNIQUE (key_hash)
);
CREATE INDEX api_client_created_idx ON api_client (created_at DESC, id DESC);

ALTER TABLE report DROP CONSTRAINT report_channel_check;
ALTER TABLE report ADD CONSTRAINT report_channel_check
  CHECK (channel IN ('WEB', 'OPEN311', 'SMS', 'WHATSAPP', 'WALK_IN', 'PHONE', 'SOCIAL_MEDIA'));
-- Web reports still have an account or a PIN (enforced in code); a report from a gateway or an
-- application may have neither: its reporter is answered on that channel.
ALTER TABLE report DROP CONSTRAINT report_reporter_or_pin;
ALTER TABLE report ADD CONSTRAINT report_reporter_or_pin
  CHECK (reporter_subject IS NULL OR pin_hash IS NULL);
ALTER TABLE report
  -- The reporter's language for messages sent to them.
  ADD COLUMN language    varchar(2)    NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
  -- The original post of a social-media complaint.
  ADD COLUMN source_url  varchar(2000),
  -- The official who entered a walk-in, phone or social-media complaint.
  ADD COLUMN entered_by  varchar(64),
  ADD COLUMN client_id   uuid REFERENCES api_client (id);
-- Open311 lists an application's requests; few reports have a client, hence partial.
CREATE INDEX report_client_created_idx ON report (client_id, created_at DESC) WHERE client_id IS NOT NULL;

-- Inbound webhooks are idempotent on the provider's message id.
CREATE TABLE inbound_message (
  provider    varchar(40)  NOT NULL,
  message_id  varchar(200) NOT NULL,
  received_at timestamptz  NOT NULL,
  PRIMARY KEY (provider, message_id)
);
CREATE INDEX inbound_message_received_idx ON inbound_message (received_at);

-- A guided chat (WhatsApp) that collects a report over several messages.
CREATE TABLE chat_conversation (
  channel    varchar(16)  NOT NULL,
  phone      varchar(20)  NOT NULL,
  step       varchar(16)  NOT NULL,
  draft      jsonb        NOT NULL DEFAULT '{}',
  updated_at timestamptz  NOT NULL,
  PRIMARY KEY (channel, phone)
);

-- Other government systems subscribe to report events.
CREATE TABLE webhook_subscription (
  id          uuid          PRIMARY KEY,
  name        varchar(100)  NOT NULL,
  url         varchar(2000) NOT NULL,
  -- Needed in clear to sign each delivery; readable only by admins through the API, once.
  secret      varchar(100)  NOT NULL,
  event_types text[]        NOT NULL,
  active      boolean       NOT NULL DEFAULT true,
  created_at  timestamptz   NOT NULL,
  created_by  varchar(64)   NOT NULL
);
CREATE INDEX webhook_subscription_created_idx ON webhook_subscription (created_at DESC, id DESC);

-- Everything outbound: written in the transaction of the change it announces, sent afterwards.
-- The id doubles as the delivery id that receivers use to drop a repeated delivery.
CREATE TABLE outbox (
  id              uuid          PRIMARY KEY,
  kind            varchar(16)   NOT NULL CHECK (kind IN ('EMAIL', 'SMS', 'WHATSAPP', 'WEBHOOK')),
  -- An email address, a phone number, or a subscription's URL.
  destination     varchar(2000) NOT NULL,
  gateway         varchar(64),
  subscription_id uuid REFERENCES webhook_subscription (id) ON DELETE CASCADE,
  report_id       uuid REFERENCES report (id),
  event_type      varchar(40)   NOT NULL,
  payload         jsonb         NOT NULL,
  status          varchar(16)   NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'DEAD')),
  attempts        integer       NOT NULL DEFAULT 0,
  -- While PENDING: when the sender may take it. A sender claims a row by moving this forward
  -- (a lease), so a sender that dies mid-send leaves the row to be retried after the lease.
  next_attempt_at timestamptz   NOT NULL,
  last_error      varchar(1000),
  created_at      timestamptz   NOT NULL,
  sent_at         timestamptz
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status = 'PENDING';
-- Admins list by status, newest first.
CREATE INDEX outbox_status_created_idx ON outbox (status, created_at DESC, id DESC);
CREATE INDEX outbox_report_idx ON outbox (report_id) WHERE report_id IS NOT NULL;
CREATE INDEX outbox_subscription_idx ON outbox (subscription_id) WHERE subscription_id IS NOT NULL;
