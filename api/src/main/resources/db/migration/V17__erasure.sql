-- A citizen's supports by account: their export and their erasure (PersonalDataService).
CREATE INDEX report_support_subject_idx ON report_support (subject);

-- Events stay append-only with one exception: a citizen's erasure on request may forget who
-- acted (actor_subject, actor_name), and nothing else, in a transaction that says so
-- (SET LOCAL aduan.erasure = 'on'; PersonalDataService).
CREATE OR REPLACE FUNCTION report_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('aduan.erasure', true) = 'on'
     AND NEW.actor_subject IS NULL AND NEW.actor_name IS NULL
     AND (NEW.report_id, NEW.seq, NEW.type, NEW.at, NEW.actor_role, NEW.actor_agency_id, NEW.from_status,
          NEW.to_status, NEW.details)
         IS NOT DISTINCT FROM
         (OLD.report_id, OLD.seq, OLD.type, OLD.at, OLD.actor_role, OLD.actor_agency_id, OLD.from_status,
          OLD.to_status, OLD.details) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'report_event is append-only: % is not allowed', TG_OP;
END;
$$;
