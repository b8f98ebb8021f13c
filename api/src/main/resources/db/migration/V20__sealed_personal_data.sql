-- Personal data sealed with Tink (PersonalDataRewrap, ADR 0026): "enc2:<key id>:" and Tink's
-- ciphertext, bound to its row. The startup migration seals what is in clear or of the first
-- encryption (enc1); these partial indexes find those rows, and are empty once it has run.
DROP INDEX report_contact_clear_idx;
CREATE INDEX report_contact_unsealed_idx ON report (id)
  WHERE left(contact_name, 5) <> 'enc2:' OR left(contact_email, 5) <> 'enc2:' OR left(contact_phone, 5) <> 'enc2:';

-- Webhook secrets are sealed too (few rows: no index).
ALTER TABLE webhook_subscription ALTER COLUMN secret TYPE varchar(600);

-- Outbox destinations (addresses, phone numbers, subscribers' URLs) are sealed; erasure sets
-- them to null instead of a marker in clear.
ALTER TABLE outbox ALTER COLUMN destination TYPE varchar(4000);
ALTER TABLE outbox ALTER COLUMN destination DROP NOT NULL;
UPDATE outbox SET destination = NULL WHERE destination = '(erased)';
CREATE INDEX outbox_destination_unsealed_idx ON outbox (id) WHERE left(destination, 5) <> 'enc2:';

-- A chat knows its sender by an HMAC under the pepper (channel/Senders), not by phone number;
-- the chats in progress are rekeyed at startup.
ALTER TABLE chat_conversation RENAME COLUMN phone TO sender;
ALTER TABLE chat_conversation ALTER COLUMN sender TYPE varchar(100);
-- Per-sender rate limits were keyed by phone number: forgotten (they last an hour at most).
DELETE FROM rate_limit WHERE key LIKE 'sms:%' OR key LIKE 'whatsapp:%';
