-- What a report says as the public may read it: title, description and address with personal
-- data (NIK, KK, phone numbers, e-mail, accounts, cards, plates, passports) masked by
-- privacy/PersonalDataDetector, written with the report (issue 21). The feed, tracking, Open311
-- and the search index read these; officials and the reporter read the originals. Null only
-- until PublicTextBackfill has masked a report written before this migration.
ALTER TABLE report
  ADD COLUMN public_title       text,
  ADD COLUMN public_description text,
  ADD COLUMN public_address     text;

-- The search index is built from the public copies: searching a leaked NIK finds nothing.
ALTER TABLE report DROP COLUMN search;
ALTER TABLE report ADD COLUMN search tsvector GENERATED ALWAYS AS
  (to_tsvector('indonesian', coalesce(public_title, '') || ' ' || coalesce(public_description, ''))) STORED;
CREATE INDEX report_search_idx ON report USING gin (search)
  WHERE NOT confidential AND status IN ('VERIFIED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');

-- The reports PublicTextBackfill has still to mask: empty once it has run.
CREATE INDEX report_public_text_missing_idx ON report (id) WHERE public_title IS NULL;
