-- Ranked public search (issue 21, ADR 0029): the search vector weighs the public title (A), the
-- public description (B) and the names of the report's category and area (C), and titles are
-- indexed by trigram for typo tolerance.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The public names of where and what a report is about: its category (and the category's parent),
-- its kecamatan and its kelurahan. A generated column reads only its own row, so a trigger writes
-- these names whenever a report is inserted (ReportWriter, Hibernate, the seeds) or its category or
-- area changes (verification), and the generated search vector below reads them.
CREATE FUNCTION report_search_names(category uuid, kecamatan text, kelurahan text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT nullif(concat_ws(' ',
    (SELECT c.name FROM category c WHERE c.id = category),
    (SELECT p.name FROM category c JOIN category p ON p.id = c.parent_id WHERE c.id = category),
    (SELECT a.name FROM area a WHERE a.code = kecamatan),
    (SELECT a.name FROM area a WHERE a.code = kelurahan)), '')
$$;

ALTER TABLE report ADD COLUMN search_names text;

CREATE FUNCTION report_search_names_set() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_names := report_search_names(NEW.category_id, NEW.kecamatan_code, NEW.kelurahan_code);
  RETURN NEW;
END
$$;

-- Hibernate sets every column on update: the WHEN clause skips the lookups unless one changed.
CREATE TRIGGER report_search_names_insert BEFORE INSERT ON report
  FOR EACH ROW EXECUTE FUNCTION report_search_names_set();
CREATE TRIGGER report_search_names_update BEFORE UPDATE OF category_id, kecamatan_code, kelurahan_code ON report
  FOR EACH ROW WHEN (OLD.category_id IS DISTINCT FROM NEW.category_id
    OR OLD.kecamatan_code IS DISTINCT FROM NEW.kecamatan_code
    OR OLD.kelurahan_code IS DISTINCT FROM NEW.kelurahan_code)
  EXECUTE FUNCTION report_search_names_set();

-- A renamed category or area renames it in its reports' search vectors (rare: an admin's edit).
CREATE FUNCTION report_search_names_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'category' THEN
    UPDATE report r SET search_names = report_search_names(r.category_id, r.kecamatan_code, r.kelurahan_code)
      WHERE r.category_id = NEW.id
         OR r.category_id IN (SELECT c.id FROM category c WHERE c.parent_id = NEW.id);
  ELSE
    UPDATE report r SET search_names = report_search_names(r.category_id, r.kecamatan_code, r.kelurahan_code)
      WHERE r.kecamatan_code = NEW.code OR r.kelurahan_code = NEW.code;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER category_renamed AFTER UPDATE OF name ON category
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION report_search_names_renamed();
CREATE TRIGGER area_renamed AFTER UPDATE OF name ON area
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION report_search_names_renamed();

UPDATE report SET search_names = report_search_names(category_id, kecamatan_code, kelurahan_code)
  WHERE category_id IS NOT NULL OR kecamatan_code IS NOT NULL OR kelurahan_code IS NOT NULL;

-- The weighted vector replaces V21's (dropping the column drops report_search_idx).
ALTER TABLE report DROP COLUMN search;
ALTER TABLE report ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('indonesian', coalesce(public_title, '')), 'A')
  || setweight(to_tsvector('indonesian', coalesce(public_description, '')), 'B')
  || setweight(to_tsvector('indonesian', coalesce(search_names, '')), 'C')) STORED;
CREATE INDEX report_search_idx ON report USING gin (search)
  WHERE NOT confidential AND status IN ('VERIFIED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');

-- Typo tolerance: a search that finds less than a page by words looks for titles that contain
-- something like what was typed (word_similarity, the <% operator).
CREATE INDEX report_title_trgm_idx ON report USING gin (public_title gin_trgm_ops)
  WHERE NOT confidential AND status IN ('VERIFIED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');

-- Duplicate suggestions in one kelurahan, newest first.
CREATE INDEX report_public_kelurahan_idx ON report (kelurahan_code, created_at DESC)
  WHERE NOT confidential AND status IN ('VERIFIED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');

-- Duplicate suggestions within some hundred metres of a new report's point.
CREATE INDEX report_public_point_idx ON report USING gist (point(longitude, latitude))
  WHERE latitude IS NOT NULL AND NOT confidential
    AND status IN ('VERIFIED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');
