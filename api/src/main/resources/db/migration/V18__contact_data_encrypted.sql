-- Reporters' contact data is stored encrypted (AES-GCM, "enc1:" and base64; ADR 0020), longer
-- than the clear text the columns were sized for.
ALTER TABLE report ALTER COLUMN contact_name TYPE varchar(600);
ALTER TABLE report ALTER COLUMN contact_email TYPE varchar(600);
ALTER TABLE report ALTER COLUMN contact_phone TYPE varchar(600);
-- The rows still in clear, which ContactEncryption rewrites at startup: empty once it has run,
-- so finding that nothing is left costs nothing however many reports there are.
CREATE INDEX report_contact_clear_idx ON report (id)
  WHERE left(contact_name, 5) <> 'enc1:' OR left(contact_email, 5) <> 'enc1:' OR left(contact_phone, 5) <> 'enc1:';
