#!/usr/bin/env node
// Seeds a large, realistic dataset for the benchmarks: N reports (default 1,000,000) arriving
// evenly over two years, the demo agencies, categories and areas, every lifecycle stage, and each report's
// events as the API would have written them (submitted, held, verified, archived, forwarded,
// followed up, escalated, resolved, disputed, confirmed or closed).
//
//   node bench/seed-reports.mjs [--reports=1000000] [--batch=50000]
//     [--db=postgresql://aduan:aduan@localhost:15432/aduan]
//
// The database must have the API's schema and the demo data (start the API once with
// ADUAN_DEMO_DATA=true, as ./aduan run does). Seed a throwaway database: the seeded rows
// (tracking codes S0000001..., reporters bench-...) are not meant to be removed one by one;
// delete .aduan/run (or drop the database) to start afresh.
import pg from 'pg';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=') ?? fallback;
const total = Number(arg('reports', 1_000_000));
const batch = Number(arg('batch', 50_000));
const url = arg('db', process.env.DATABASE_URL ?? 'postgresql://aduan:aduan@localhost:15432/aduan');

const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query('SET synchronous_commit = off');

const { rows: [ready] } = await client.query(
  `SELECT (SELECT count(*) FROM category WHERE active AND default_agency_id IS NOT NULL) AS categories,
          (SELECT count(*) FROM area WHERE code ~ '^53\\.71\\.0[1-6]\\.') AS kelurahan`,
);
if (Number(ready.categories) === 0 || Number(ready.kelurahan) === 0) {
  console.error('No demo categories or areas: start the API once with ADUAN_DEMO_DATA=true (./aduan run) first.');
  process.exit(1);
}
const { rows: [{ offset }] } = await client.query(
  `SELECT coalesce(max(substr(tracking_code, 2)::int), 0) AS offset FROM report WHERE tracking_code ~ '^S[0-9]{7}$'`,
);

// One batch: the reports' fates drawn once (seed_batch), then the report rows, the agencies
// they went to, and their events with consecutive sequence numbers.
const SQL = `
CREATE TEMP TABLE seed_batch ON COMMIT DROP AS
WITH base AS (
  SELECT i, random() AS u_stage, random() AS u1, random() AS u2, random() AS u3, random() AS u4, random() AS u5,
         random() AS u_cat, random() AS u_kel, random() AS u_guest, random() AS u_rate, random() AS u_dispute
  FROM generate_series(:from, :to) AS i
), timed AS (
  -- Reports arrive evenly over two years, as in a city, and are written in the order they
  -- arrive, as the API writes them: the tables' physical order matters to the benchmarks.
  -- Each has a timeline of its steps, and a few get stuck with an agency for weeks.
  SELECT b.*,
    now() - interval '730 days' * (1 - (i - :offset - u1) / :total) AS created_at,
    interval '6 days' * u2 * u2 AS d_verify,
    interval '1 day' * u3 AS d_forward,
    interval '8 days' * u4 * u4 * CASE WHEN u_stage > 0.97 THEN 8 ELSE 1 END AS d_follow,
    (interval '2 days' + interval '20 days' * u5) * CASE WHEN u_stage > 0.97 THEN 4 ELSE 1 END AS d_resolve,
    interval '14 days' * u3 AS d_close
  FROM base b
), fate AS (
  -- Where each report is now: the last step of its timeline that has happened; 14% are
  -- archived by the admin, 6% wait on hold for the reporter while their verification is due.
  SELECT t.*,
    CASE WHEN now() < created_at + d_verify THEN CASE WHEN u_stage BETWEEN 0.14 AND 0.20 THEN 'ON_HOLD' ELSE 'SUBMITTED' END
         WHEN u_stage < 0.14 THEN 'ARCHIVED'
         WHEN now() < created_at + d_verify + d_forward THEN 'VERIFIED'
         WHEN now() < created_at + d_verify + d_forward + d_follow THEN 'FORWARDED'
         WHEN now() < created_at + d_verify + d_forward + d_follow + d_resolve THEN 'IN_PROGRESS'
         WHEN now() < created_at + d_verify + d_forward + d_follow + d_resolve + d_close THEN 'RESOLVED'
         ELSE 'CLOSED' END AS status
  FROM timed t
)
SELECT t.*,
  ('01900000-0000-7000-8002-' || lpad(to_hex(t.i), 12, '0'))::uuid AS id,
  'S' || lpad(t.i::text, 7, '0') AS tracking_code,
  c.id AS category_id, c.default_agency_id AS agency_id,
  k.code AS kelurahan_code, k.parent_code AS kecamatan_code,
  u_guest < 0.3 AS guest,
  u_dispute < 0.05 AND t.status IN ('RESOLVED', 'CLOSED') AS reopened,
  CASE WHEN t.status = 'CLOSED' AND u_rate < 0.7 THEN 1 + floor(u_rate / 0.7 * 5)::int END AS rating
FROM fate t
CROSS JOIN LATERAL (SELECT id, default_agency_id FROM category WHERE active AND default_agency_id IS NOT NULL
                    ORDER BY code OFFSET floor(t.u_cat * (SELECT count(*) FROM category WHERE active AND default_agency_id IS NOT NULL)) LIMIT 1) c
CROSS JOIN LATERAL (SELECT code, parent_code FROM area WHERE code ~ '^53\\.71\\.0[1-6]\\.'
                    ORDER BY code OFFSET floor(t.u_kel * (SELECT count(*) FROM area WHERE code ~ '^53\\.71\\.0[1-6]\\.')) LIMIT 1) k;

INSERT INTO report (id, tracking_code, type, status, title, description, channel, reporter_subject, pin_hash,
                    created_at, updated_at, anonymous, confidential, current_agency_id, archive_reason,
                    verify_due_at, follow_up_due_at, close_due_at, overdue, escalation_level, reopened, rating,
                    category_id, kecamatan_code, kelurahan_code)
SELECT id, tracking_code,
       CASE WHEN i % 5 = 4 THEN 'ASPIRATION' WHEN i % 11 = 10 THEN 'INFORMATION_REQUEST' ELSE 'COMPLAINT' END,
       status, 'Laporan uji beban ' || i, 'Isi laporan uji beban nomor ' || i || ' untuk mengukur statistik.', 'WEB',
       CASE WHEN guest THEN NULL ELSE 'bench-' || (i % 20000) END, CASE WHEN guest THEN 'bench' END,
       created_at, least(now(), created_at + d_verify + d_forward + d_follow + d_resolve + d_close), i % 9 = 0, i % 17 = 0,
       CASE WHEN status IN ('FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED') THEN agency_id END,
       CASE WHEN status = 'ARCHIVED' THEN (ARRAY['OUT_OF_SCOPE', 'SPAM', 'INCOMPLETE'])[1 + i % 3] END,
       CASE WHEN status IN ('SUBMITTED', 'VERIFIED') THEN created_at + interval '3 days' END,
       CASE WHEN status = 'FORWARDED' THEN created_at + d_verify + d_forward + interval '5 days' END,
       CASE WHEN status = 'RESOLVED' THEN created_at + interval '14 days' END,
       status IN ('SUBMITTED', 'VERIFIED', 'FORWARDED') AND u2 > 0.8,
       CASE WHEN status IN ('SUBMITTED', 'VERIFIED', 'FORWARDED') AND u2 > 0.8 THEN 1 ELSE 0 END,
       reopened, rating, category_id, kecamatan_code, kelurahan_code
FROM seed_batch;

INSERT INTO report_agency (report_id, agency_id, forwarded_at)
SELECT id, agency_id, created_at + d_verify + d_forward FROM seed_batch
WHERE status IN ('FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');

INSERT INTO report_event (report_id, seq, type, at, actor_role, actor_name, actor_agency_id, from_status, to_status, details)
SELECT id, row_number() OVER (PARTITION BY id ORDER BY step), type, at, role, name, actor_agency, from_status, to_status, details
FROM (
  SELECT s.id, e.step, e.type, e.at, e.role, e.name, e.actor_agency, e.from_status, e.to_status, e.details
  FROM seed_batch s
  CROSS JOIN LATERAL (VALUES
    (1, 'SUBMITTED', s.created_at, CASE WHEN s.guest THEN 'guest' ELSE 'citizen' END, NULL, NULL::uuid, NULL, 'SUBMITTED', '{}'::jsonb, true),
    (2, 'HELD', s.created_at + (now() - s.created_at) / 2, 'admin', 'Admin Uji', NULL, 'SUBMITTED', 'ON_HOLD', '{"message": "Mohon lengkapi lokasi."}',
        s.status = 'ON_HOLD'),
    (3, 'ESCALATED', s.created_at + interval '3 days', 'system', NULL, NULL, NULL, NULL, '{"level": 1, "deadline": "VERIFY"}',
        s.d_verify > interval '3 days' AND s.status NOT IN ('SUBMITTED', 'ON_HOLD', 'ARCHIVED')),
    (4, 'ARCHIVED', s.created_at + s.d_verify, 'admin', 'Admin Uji', NULL, 'SUBMITTED', 'ARCHIVED',
        jsonb_build_object('reason', (ARRAY['OUT_OF_SCOPE', 'SPAM', 'INCOMPLETE'])[1 + s.i % 3]), s.status = 'ARCHIVED'),
    (5, 'VERIFIED', s.created_at + s.d_verify, 'admin', 'Admin Uji', NULL, 'SUBMITTED', 'VERIFIED',
        jsonb_build_object('categoryId', s.category_id, 'anonymous', s.i % 9 = 0, 'confidential', s.i % 17 = 0),
        s.status NOT IN ('SUBMITTED', 'ON_HOLD', 'ARCHIVED')),
    (6, 'FORWARDED', s.created_at + s.d_verify + s.d_forward, 'admin', 'Admin Uji', NULL, 'VERIFIED', 'FORWARDED',
        jsonb_build_object('agencyId', s.agency_id), s.status IN ('FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')),
    (7, 'FOLLOWED_UP', s.created_at + s.d_verify + s.d_forward + s.d_follow, 'officer', 'Petugas Uji', s.agency_id, 'FORWARDED', 'IN_PROGRESS',
        '{"message": "Sedang ditindaklanjuti."}', s.status IN ('IN_PROGRESS', 'RESOLVED', 'CLOSED')),
    (8, 'RESOLVED', s.created_at + s.d_verify + s.d_forward + s.d_follow + s.d_resolve, 'officer', 'Petugas Uji', s.agency_id, 'IN_PROGRESS', 'RESOLVED',
        '{"resolution": "Sudah diperbaiki."}', s.status IN ('RESOLVED', 'CLOSED')),
    (9, 'DISPUTED', s.created_at + s.d_verify + s.d_forward + s.d_follow + s.d_resolve + interval '1 day', CASE WHEN s.guest THEN 'guest' ELSE 'citizen' END, NULL, NULL, 'RESOLVED', 'IN_PROGRESS',
        '{"reason": "Belum selesai."}', s.reopened),
    (10, 'RESOLVED', s.created_at + s.d_verify + s.d_forward + s.d_follow + s.d_resolve + interval '4 days', 'officer', 'Petugas Uji', s.agency_id, 'IN_PROGRESS', 'RESOLVED',
        '{"resolution": "Sudah diperbaiki ulang."}', s.reopened),
    (11, CASE WHEN s.rating IS NULL THEN 'CLOSED' ELSE 'CONFIRMED' END,
        s.created_at + s.d_verify + s.d_forward + s.d_follow + s.d_resolve + s.d_close + CASE WHEN s.reopened THEN interval '4 days' ELSE interval '0' END,
        CASE WHEN s.rating IS NULL THEN 'system' WHEN s.guest THEN 'guest' ELSE 'citizen' END, NULL, NULL, 'RESOLVED', 'CLOSED',
        CASE WHEN s.rating IS NULL THEN '{"automatic": true}'::jsonb ELSE jsonb_build_object('rating', s.rating) END, s.status = 'CLOSED')
  ) AS e(step, type, at, role, name, actor_agency, from_status, to_status, details, applies)
  WHERE e.applies
) events;
`;

const started = Date.now();
for (let from = 1; from <= total; from += batch) {
  const to = Math.min(total, from + batch - 1);
  const t = Date.now();
  await client.query('BEGIN');
  const statements = SQL.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean);
  for (const statement of statements) {
    await client.query(statement.replace(':from', String(offset + from)).replace(':to', String(offset + to))
      .replaceAll(':offset', String(offset)).replaceAll(':total', String(total)));
  }
  await client.query('COMMIT');
  const rate = Math.round((to - from + 1) / ((Date.now() - t) / 1000));
  process.stdout.write(`\rseeded ${to.toLocaleString('en')} / ${total.toLocaleString('en')} reports (${rate.toLocaleString('en')}/s)   `);
}
console.log(`\nseeded in ${((Date.now() - started) / 1000).toFixed(0)} s; analysing…`);
await client.query('ANALYZE report; ANALYZE report_event; ANALYZE report_agency');
const { rows: [counts] } = await client.query(
  `SELECT (SELECT count(*) FROM report) AS reports, (SELECT count(*) FROM report_event) AS events,
          pg_size_pretty(pg_total_relation_size('report')) AS report_size, pg_size_pretty(pg_total_relation_size('report_event')) AS event_size`,
);
console.log(counts);
await client.end();
