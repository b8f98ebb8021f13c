-- POST /api/v1/reports as warga1: one transaction, exactly the statements the API sends (ReportWriter;
-- PostgreSQL's statement log, parameters inlined). A new report id (random digits) and tracking code
-- (8 characters of the API's alphabet, as TrackingCodes makes them) per transaction: with md5's 8 hex
-- digits, codes collided with the million seeded ones and each collision aborted a pgbench client.
-- The outbox row is due in a day, not now: the API's sender would otherwise deliver pgbench's notices
-- during this run and the next scenarios (load.mjs deletes them after the run).
\set n random(100000000000, 999999999999)
\set c random(1, 9)
\set k1 random(1, 31)
\set k2 random(1, 31)
\set k3 random(1, 31)
\set k4 random(1, 31)
\set k5 random(1, 31)
\set k6 random(1, 31)
\set k7 random(1, 31)
\set k8 random(1, 31)
BEGIN;
select active from category where id = ('01900000-0000-7000-8000-00000000010' || :c)::uuid;
select id, url from webhook_subscription where active and event_types @> array['report.submitted'::text];
insert into report (id, tracking_code, type, status, title, description, channel, reporter_subject, contact_name, contact_email, contact_phone, pin_hash, anonymous, confidential, current_agency_id, archive_reason, duplicate_of, verify_due_at, follow_up_due_at, close_due_at, hold_started_at, overdue, escalation_level, reopened, category_id, latitude, longitude, kecamatan_code, kelurahan_code, address, incident_date, support_count, rating, rating_comment, language, source_url, entered_by, client_id, gateway, created_at, updated_at, version) values (('0b0b0b0b-0000-4000-8000-' || :n)::uuid, substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', :k1, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', :k2, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', :k3, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', :k4, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', :k5, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', :k6, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', :k7, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', :k8, 1), 'COMPLAINT', 'SUBMITTED', 'Jalan berlubang di depan SD Inpres', 'Lubang besar di tengah jalan membahayakan pengendara motor.', 'WEB', '6b0f6f0e-0c1a-4c55-9a51-000000000001', E'enc1\x3aBZgqb9dBJAJBIWh/ktq8a3XHpmI4ZVlcWj4H0blUszeF7OC/Syw=', E'enc1\x3aMU1yXQeWMw0AhajLvALdiHzdnp8KQ0R5HR/o9nnefsDkn54zF+UaJHGVdDme', NULL, NULL, 'f', 'f', NULL, NULL, NULL, '2026-12-03 16:00:00+00', NULL, NULL, NULL, 'f', '0', 'f', ('01900000-0000-7000-8000-00000000010' || :c)::uuid, NULL, NULL, '53.71.04', NULL, 'Jl. Timor Raya', NULL, '0', NULL, NULL, 'id', NULL, NULL, NULL, NULL, now(), now(), '0');
insert into report_event (report_id, seq, type, at, actor_subject, actor_name, actor_role, actor_agency_id, from_status, to_status, details) values (('0b0b0b0b-0000-4000-8000-' || :n)::uuid, '1', 'SUBMITTED', now(), '6b0f6f0e-0c1a-4c55-9a51-000000000001', NULL, 'citizen', NULL, NULL, 'SUBMITTED', cast('{}' as text)::jsonb);
insert into report_facts (report_id, received_at, received_on, type, channel, status, confidential, agency_id, category_id, kecamatan_code, kelurahan_code, verify_days, verify_met, forwarded_at, follow_up_days, follow_up_met, resolved_on, resolution_days, reopened, rating, hold_since, hold_days, step_due_at, updated_at) values (('0b0b0b0b-0000-4000-8000-' || :n)::uuid, now(), '2026-11-30', 'COMPLAINT', 'WEB', 'SUBMITTED', 'f', NULL, ('01900000-0000-7000-8000-00000000010' || :c)::uuid, '53.71.04', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'f', NULL, NULL, '0', '2026-12-03 16:00:00+00', now());
insert into outbox (id, kind, destination, gateway, subscription_id, report_id, event_type, payload, status, attempts, next_attempt_at, last_error, created_at, sent_at) values (gen_random_uuid(), 'EMAIL', 'warga1@aduan.test', NULL, NULL, ('0b0b0b0b-0000-4000-8000-' || :n)::uuid, 'report.submitted', cast('{"subject":"Laporan UCMH8E5W","text":"Laporan UCMH8E5W sudah diterima dan akan diperiksa dalam 3 hari kerja. Rincian: http://localhost:3001/lacak/UCMH8E5W","language":"id"}' as text)::jsonb, 'PENDING', '0', now() + interval '1 day', NULL, now(), NULL);
COMMIT;
