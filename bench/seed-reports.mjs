#!/usr/bin/env node
// Seeds a large, realistic dataset for the benchmarks: N reports (default 1,000,000) arriving
// evenly over two years (--days), in the demo categories, agencies and kelurahan, with Indonesian titles
// and descriptions composed from fragments (bench/seed-text.mjs), every lifecycle stage, each
// report's events as the API would have written them, its agencies, and its statistics row
// (report_facts and the monthly rollups) as the API's replay of those events computes it.
//
//   node bench/seed-reports.mjs [--reports=1000000] [--batch=50000] [--days=730]
//     [--db=postgresql://aduan:aduan@localhost:15432/aduan] [--time-zone=Asia/Makassar]
//
// The database must have the API's schema and the demo data (start the API once with
// ADUAN_DEMO_DATA=true, as ./aduan run does). Seed a throwaway database: the seeded rows (ids
// 01900000-0000-7000-8002-<counter in hex>, reporters bench-...) are not meant to be removed
// one by one; delete .aduan/run (or drop the database) to start afresh. A second run adds N
// more, numbered after the last.
//
// Everything happens in PostgreSQL (INSERT ... SELECT from generate_series, one transaction per
// batch): the text is picked from arrays inlined in the SQL, the working days come from a
// calendar inlined as two arrays, so no row travels through Node. SEED_PROFILE=1 prints the wall
// and server CPU time of each statement; SEED_DUMP=FILE writes the SQL of the first batch and stops.
import pg from 'pg';
import {
  CATEGORIES, STREETS, PLACES, NAMES, COUNTS, OPENERS, LOCATIONS, SINCE, IMPACTS, ATTEMPTS, EXTRAS, REQUESTS,
  CLOSINGS, ASPIRATIONS, QUESTIONS, LONG_STORIES, RESIDENCES, PLACE_SINCE, PLACE_IMPACTS, MORE_EXTRAS, HOLD_QUESTIONS, HOLD_REPLIES, FOLLOW_UPS, DISPUTES, pick, maybe, byCategory, byTopic,
} from './seed-text.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=') ?? fallback;
const total = Number(arg('reports', 1_000_000));
const batch = Number(arg('batch', 50_000));
// Reports arrive over the last `days` days (a short period leaves more reports open now).
const days = Number(arg('days', 730));
const url = arg('db', process.env.DATABASE_URL ?? 'postgresql://aduan:aduan@localhost:15432/aduan');
// The API's settings (aduan.time-zone, aduan.deadlines.*): the defaults, as ./aduan runs it.
const tz = arg('time-zone', 'Asia/Makassar');
const DEADLINE = { verify: 3, followUp: 5, autoClose: 10, escalateToParent: 2 };

// Seeded ids and tracking codes are functions of a sequence number.
const ID_PREFIX = '01900000-0000-7000-8002-';
const MESSAGE_PREFIX = '01900000-0000-7000-8004-';
// Tracking codes: the sequence number through a bijection of [0, 31^8) (multiply, swap the two
// halves of its base-31 digits, multiply again), written in the API's alphabet (TrackingCodes).
// Distinct numbers give distinct codes that look random; bench/pgbench/track.sql computes the
// same in pgbench. The multipliers are prime to 31 and small enough for 64-bit arithmetic.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const N = 31n ** 8n;
const HALF = 31n ** 4n;
const M1 = 7368787n;
const M2 = 9765131n;
const codeSql = (seq) => {
  const x1 = `((${seq})::bigint * ${M1} % ${N})`;
  const x = `(((${x1} % ${HALF}) * ${HALF} + ${x1} / ${HALF}) * ${M2} % ${N})`;
  return Array.from({ length: 8 }, (_, d) => `substr('${ALPHABET}', (${x} / ${31n ** BigInt(7 - d)} % 31)::int + 1, 1)`).join(' || ');
};

const client = new pg.Client({ connectionString: url });
await client.connect();
// A GIN pending list of 64 MB (4 MB by default) moves the search index's new entries into the
// tree in fewer, larger sorted runs: 8 % less CPU over the whole seed; the VACUUM at the end
// empties it before anything is measured.
await client.query(`SET synchronous_commit = off; SET work_mem = '64MB'; SET gin_pending_list_limit = '64MB'; SET TIME ZONE 'UTC'`);
// As a superuser (the owner of ./aduan's databases), this session skips triggers: the foreign-key
// checks (the rows are made consistent) and V11's rollup trigger, which costs more per report
// than all the rest; the rollups are then rebuilt from all the facts at the end. Otherwise
// the triggers run, and the seed takes two to three times as long.
const replica = await client.query('SET session_replication_role = replica').then(() => true, () => false);
if (!replica) console.warn('not a superuser: triggers stay on (foreign keys checked, rollups row by row), the seed is slower');

// --- what the database offers: categories with their agencies, kelurahan, holidays ------------
const codes = Object.keys(CATEGORIES);
const { rows: categories } = await client.query(
  `SELECT c.code, c.id, c.default_agency_id AS agency, a.parent_id AS parent, o.subject AS officer, o.name AS officer_name
   FROM category c JOIN agency a ON a.id = c.default_agency_id
   LEFT JOIN LATERAL (SELECT subject, name FROM officer WHERE agency_id = c.default_agency_id AND active
                      ORDER BY subject LIMIT 1) o ON true
   WHERE c.active AND c.code = ANY($1) ORDER BY c.code`, [codes]);
const { rows: kelurahan } = await client.query(
  `SELECT k.code, k.parent_code, k.name, p.name AS kecamatan FROM area k JOIN area p ON p.code = k.parent_code
   WHERE k.code ~ '^53\\.71\\.0[1-6]\\.' ORDER BY k.code`);
if (categories.length === 0 || kelurahan.length === 0) {
  console.error('No demo categories or areas: start the API once with ADUAN_DEMO_DATA=true (./aduan run) first.');
  process.exit(1);
}
const used = categories.map((c) => c.code);
const weightSum = used.reduce((s, c) => s + CATEGORIES[c].weight, 0);

// The working calendar as the API's HolidayService builds it: weekends, and the holidays from two
// years before today to two years after (today in the city). cum[d - base]: working days after
// base up to day d; nth[w]: the day (as d - base) of the w-th working day after base.
const { rows: [cal] } = await client.query(
  `SELECT to_char((now() AT TIME ZONE $1)::date - 800, 'YYYY-MM-DD') AS base,
          coalesce((SELECT array_agg(to_char(date, 'YYYY-MM-DD')) FROM holiday
                    WHERE date BETWEEN ((now() AT TIME ZONE $1)::date - interval '2 years')::date
                                   AND ((now() AT TIME ZONE $1)::date + interval '2 years')::date), '{}') AS holidays`, [tz]);
const holidays = new Set(cal.holidays);
const DAYS = 1200;
const cum = [0];
const nth = [0];
for (let k = 1; k < DAYS; k++) {
  const day = new Date(Date.parse(`${cal.base}T00:00:00Z`) + k * 86_400_000);
  const working = day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && !holidays.has(day.toISOString().slice(0, 10));
  cum.push(cum[k - 1] + (working ? 1 : 0));
  if (working) nth.push(k);
}

// SQL of the calendar (alias cal): the city's day of a time, whole working days between two
// times (WorkingCalendar.workingDaysBetween), a deadline n working days after a time (dueAfter).
const day = (t) => `((${t}) AT TIME ZONE '${tz}')::date`;
const C = (d) => `cal.cum[(${d}) - cal.base]`;
// max(0, x) that stays null when either time is null (greatest() would make it 0).
const wdb = (a, b) => { const x = `(${C(`${day(b)} - 1`)} - ${C(day(a))})`; return `((${x} + abs(${x})) / 2)`; };
const due = (t, n) => `((cal.base + cal.nth[${C(day(t))} + (${n})] + 1)::timestamp AT TIME ZONE '${tz}')`;

const { rows: [{ last } = {}] } = await client.query(
  `SELECT id::text AS last FROM report WHERE id BETWEEN $1 AND $2 ORDER BY id DESC LIMIT 1`, [`${ID_PREFIX}000000000000`, `${ID_PREFIX}ffffffffffff`]);
const offset = last ? parseInt(last.slice(ID_PREFIX.length), 16) : 0;

// Which category each report is in: the weights of seed-text.mjs over the categories present.
let acc = 0;
const categoryOf = `CASE ${used.slice(0, -1).map((c, k) => {
  acc += CATEGORIES[c].weight / weightSum;
  return `WHEN u_cat < ${acc.toFixed(6)} THEN ${k}`;
}).join(' ')} ELSE ${used.length - 1} END`;
const uuidOrNull = (v) => (v ? `'${v}'::uuid` : 'NULL::uuid');
const textOrNull = (v) => (v ? `'${v.replaceAll("'", "''")}'` : 'NULL');
const categoryRows = categories.map((c, k) => `(${k}, '${c.id}'::uuid, '${c.agency}'::uuid, ${uuidOrNull(c.parent)}, `
  + `${textOrNull(c.officer)}, ${textOrNull(c.officer_name)}, ${Boolean(CATEGORIES[c.code].place)})`).join(', ');
const kelurahanRows = kelurahan.map((k, n) => `(${n}, ${textOrNull(k.code)}, ${textOrNull(k.parent_code)}, ${textOrNull(k.name)}, `
  + `${textOrNull(k.kecamatan)})`).join(', ');

const ADMIN = `'6b0f6f0e-0c1a-4c55-9a51-000000000004'`; // admin1 of the dev realm, as in the demo data
const OPEN = `('SUBMITTED', 'VERIFIED')`;

// Every kind of event a seeded report may have, in the order of their steps: [step, type, time,
// actor (subject, name, role, agency), from, to, details]; a report has those whose time is not null.
const reporter = 's.reporter_subject AS subject, NULL AS name, s.reporter_role AS role, NULL::uuid AS agency';
const admin = `${ADMIN} AS subject, 'Admin Satu' AS name, 'admin' AS role, NULL::uuid AS agency`;
const officer = `s.officer AS subject, s.officer_name AS name, 'officer' AS role, s.agency_id AS agency`;
const system = `NULL AS subject, NULL AS name, 'system' AS role, NULL::uuid AS agency`;
const EVENTS = [
  [1, `'SUBMITTED'`, 's.t0', reporter, 'NULL', `'SUBMITTED'`, `'{}'`],
  [2, `'HELD'`, 's.t_hold', admin, `'SUBMITTED'`, `'ON_HOLD'`, `jsonb_build_object('message', ${pick(HOLD_QUESTIONS)})`],
  [3, `'MESSAGE_POSTED'`, 's.t_resume', reporter, `'ON_HOLD'`, `'SUBMITTED'`,
    `jsonb_build_object('messageId', ('${MESSAGE_PREFIX}' || lpad(to_hex(s.i), 12, '0'))::uuid, 'internal', false)`],
  [4, `'ARCHIVED'`, 's.t_abandon', admin, `'ON_HOLD'`, `'ARCHIVED'`, `jsonb_build_object('reason', s.archive_reason)`],
  [5, `'ESCALATED'`, 's.e_v1', system, 's.e_v1_status', 's.e_v1_status',
    `jsonb_build_object('level', 1, 'deadline', 'VERIFY', 'dueAt', ${instant('s.v_due')})`],
  [6, `'ESCALATED'`, 's.e_v2', system, 's.e_v2_status', 's.e_v2_status',
    `jsonb_build_object('level', 2, 'deadline', 'VERIFY', 'dueAt', ${instant('s.v_due')})`],
  [7, `'ARCHIVED'`, 's.t_reject', admin, `'SUBMITTED'`, `'ARCHIVED'`, `jsonb_build_object('reason', s.archive_reason)`],
  [8, `'VERIFIED'`, 's.t_verify', admin, `'SUBMITTED'`, `'VERIFIED'`,
    `jsonb_build_object('categoryId', s.category_id, 'anonymous', s.anonymous, 'confidential', s.confidential)`],
  [9, `'FORWARDED'`, 's.t_forward', admin, `'VERIFIED'`, `'FORWARDED'`, `jsonb_build_object('agencyId', s.agency_id)`],
  [10, `'ESCALATED'`, 's.e_f1', system, `'FORWARDED'`, `'FORWARDED'`,
    `jsonb_build_object('level', 1, 'deadline', 'FOLLOW_UP', 'dueAt', ${instant('s.f_due')})`],
  [11, `'ESCALATED'`, 's.e_f2', system, `'FORWARDED'`, `'FORWARDED'`, `jsonb_strip_nulls(jsonb_build_object('level', 2,
    'deadline', 'FOLLOW_UP', 'dueAt', ${instant('s.f_due')}, 'parentAgencyId', s.parent_agency_id))`],
  [12, `'FOLLOWED_UP'`, 's.t_follow', officer, `'FORWARDED'`, `'IN_PROGRESS'`, `jsonb_build_object('message', ${pick(FOLLOW_UPS)})`],
  [13, `'RESOLVED'`, 's.t_resolve', officer, `'IN_PROGRESS'`, `'RESOLVED'`,
    `jsonb_build_object('resolution', ${byCategory(used, 'resolutions')})`],
  [14, `'DISPUTED'`, 's.t_dispute', reporter, `'RESOLVED'`, `'IN_PROGRESS'`, `jsonb_build_object('reason', ${pick(DISPUTES)})`],
  [15, `'RESOLVED'`, 's.t_again', officer, `'IN_PROGRESS'`, `'RESOLVED'`,
    `jsonb_build_object('resolution', ${byCategory(used, 'resolutions')})`],
  [16, `'CONFIRMED'`, 's.t_confirm', reporter, `'RESOLVED'`, `'CLOSED'`, `jsonb_build_object('rating', s.rating_given)`],
  [17, `'CLOSED'`, 's.t_autoclose', system, `'RESOLVED'`, `'CLOSED'`, `'{"automatic": true}'`],
];

// One batch. seed_batch: each report's story drawn once, with the times of all its steps; the
// steps after now() are cut, and the report's row, its deadlines and its facts follow from what
// is left. Then the rows of every table, from seed_batch.
const batchSql = (from, to) => [`
CREATE TEMP TABLE seed_batch ON COMMIT DROP AS
WITH cal AS MATERIALIZED (
  SELECT '[0:${cum.length - 1}]={${cum.join(',')}}'::int[] AS cum, '[0:${nth.length - 1}]={${nth.join(',')}}'::int[] AS nth,
         DATE '${cal.base}' AS base
), drawn AS MATERIALIZED (
  -- Reports arrive evenly over the period and are written in the order they arrive, as the API
  -- writes them: the tables' physical order matters to the benchmarks.
  SELECT i, now() - interval '${days} days' * (1 - (i - ${offset} - random()) / ${total}) AS t0,
    random() AS u_cat, random() AS u_stage, random() AS u_hold, random() AS u_reply, random() AS u_dispute, random() AS u_rate,
    random() < 0.03 AS stuck, random() < 0.3 AS guest,
    interval '6 days' * power(random(), 2) + interval '10 minutes' AS d_verify,
    interval '1 day' * random() + interval '5 minutes' AS d_forward,
    interval '8 days' * power(random(), 2) + interval '30 minutes' AS d_follow,
    interval '2 days' + interval '20 days' * random() AS d_resolve,
    interval '1 hour' + interval '5 days' * power(random(), 2) AS d_hold,
    interval '6 hours' + interval '3 days' * random() AS d_dispute,
    interval '1 day' + interval '5 days' * random() AS d_again,
    interval '1 hour' + interval '16 days' * power(random(), 2) AS d_confirm,
    interval '5 minutes' * random() AS j1, interval '5 minutes' * random() AS j2,
    interval '5 minutes' * random() AS j3, interval '5 minutes' * random() AS j4,
    floor(random() * ${kelurahan.length})::int AS kel,
    floor(power(random(), 2.5) * ${STREETS.length})::int AS street,
    floor(power(random(), 2) * ${PLACES.length})::int AS place,
    floor(random() * ${NAMES.length})::int AS person, random() AS topic, random() < 0.16 AS long,
    1 + floor(power(random(), 1.5) * 24)::int AS rt, 1 + floor(random() * 12)::int AS rw,
    1 + floor(power(random(), 2) * 150)::int AS house, 1 + floor(random() * 5)::int AS rating
  FROM generate_series(${offset + from}, ${offset + to}) AS i
), raw AS (
  -- The whole story, also what will happen after now. 8 % are put on hold while being verified:
  -- three in four answer, the others are archived as incomplete two weeks later; 12 % are
  -- archived by the admin; 3 % get stuck with their agency; 5 % of resolutions are disputed;
  -- 60 % of reporters confirm with a rating before the report closes by itself.
  SELECT d.*, ${categoryOf} AS cat,
    u_hold < 0.08 AS held, u_reply < 0.75 AS replied, u_stage < 0.12 AS rejected, u_dispute < 0.05 AS disputed,
    CASE WHEN u_hold < 0.08 THEN t0 + d_verify * 0.4 END AS r_hold,
    CASE WHEN u_hold < 0.08 AND u_reply < 0.75 THEN t0 + d_verify * 0.4 + d_hold END AS r_resume,
    CASE WHEN u_hold < 0.08 AND u_reply >= 0.75 THEN t0 + d_verify * 0.4 + interval '14 days' END AS r_abandon,
    CASE WHEN u_hold >= 0.08 THEN t0 + d_verify WHEN u_reply < 0.75 THEN t0 + d_verify + d_hold END AS r_decide
  FROM drawn d OFFSET 0
), raw2 AS (
  SELECT r.*,
    CASE WHEN NOT rejected THEN r_decide + d_forward END AS r_forward,
    CASE WHEN NOT rejected THEN r_decide + d_forward + d_follow * CASE WHEN stuck THEN 8 ELSE 1 END END AS r_follow
  FROM raw r OFFSET 0
), raw3 AS (
  SELECT r.*, r_follow + d_resolve * CASE WHEN stuck THEN 4 ELSE 1 END AS r_resolve
  FROM raw2 r OFFSET 0
), raw4 AS (
  SELECT r.*, CASE WHEN disputed THEN r_resolve + d_dispute END AS r_dispute,
    CASE WHEN disputed THEN r_resolve + d_dispute + d_again ELSE r_resolve END AS r_last,
    ${due('CASE WHEN disputed THEN r_resolve + d_dispute + d_again ELSE r_resolve END', DEADLINE.autoClose)} AS r_close_due
  FROM raw3 r CROSS JOIN cal OFFSET 0
), cut AS (
  -- What has happened by now.
  SELECT r.*,
    CASE WHEN r_hold <= now() THEN r_hold END AS t_hold,
    CASE WHEN r_resume <= now() THEN r_resume END AS t_resume,
    CASE WHEN r_abandon <= now() THEN r_abandon END AS t_abandon,
    CASE WHEN rejected AND r_decide <= now() THEN r_decide END AS t_reject,
    CASE WHEN NOT rejected AND r_decide <= now() THEN r_decide END AS t_verify,
    CASE WHEN r_forward <= now() THEN r_forward END AS t_forward,
    CASE WHEN r_follow <= now() THEN r_follow END AS t_follow,
    CASE WHEN r_resolve <= now() THEN r_resolve END AS t_resolve,
    CASE WHEN r_dispute <= now() THEN r_dispute END AS t_dispute,
    CASE WHEN disputed AND r_last <= now() THEN r_last END AS t_again,
    CASE WHEN u_rate < 0.6 AND r_last + d_confirm < r_close_due AND r_last + d_confirm <= now() THEN r_last + d_confirm END AS t_confirm,
    CASE WHEN NOT (u_rate < 0.6 AND r_last + d_confirm < r_close_due) AND r_close_due <= now() THEN r_close_due END AS t_autoclose
  FROM raw4 r OFFSET 0
), clocks AS (
  -- The admin's deadline (the clock stands still on hold) and the agency's; the deadline job
  -- escalates a step still running at its deadline (level 1), and ${DEADLINE.escalateToParent} working days later (level 2).
  SELECT c.*,
    ${due('t0', DEADLINE.verify)} AS v0,
    CASE WHEN t_resume IS NOT NULL THEN ${due('t_resume', wdb('t_hold', due('t0', DEADLINE.verify)))}
         ELSE ${due('t0', DEADLINE.verify)} END AS v_due,
    ${due('t_forward', DEADLINE.followUp)} AS f_due,
    ${due('t_dispute', DEADLINE.followUp)} AS d_due,
    ${due('coalesce(t_again, t_resolve)', DEADLINE.autoClose)} AS c_due,
    NOT held OR t_resume IS NOT NULL AS v_running,
    coalesce(t_forward, t_reject, now()) AS v_end, coalesce(t_follow, now()) AS f_end,
    ${wdb('t_hold', 'coalesce(t_resume, t_abandon)')} AS hold_wd
  FROM cut c CROSS JOIN cal OFFSET 0
), esc AS (
  SELECT c.*,
    CASE WHEN v_running AND v_due + j1 < v_end THEN v_due + j1 END AS e_v1,
    CASE WHEN v_running AND ${due('v_due', DEADLINE.escalateToParent)} + j2 < v_end THEN ${due('v_due', DEADLINE.escalateToParent)} + j2 END AS e_v2,
    CASE WHEN f_due + j3 < f_end THEN f_due + j3 END AS e_f1,
    CASE WHEN ${due('f_due', DEADLINE.escalateToParent)} + j4 < f_end THEN ${due('f_due', DEADLINE.escalateToParent)} + j4 END AS e_f2,
    CASE WHEN t_confirm IS NOT NULL OR t_autoclose IS NOT NULL THEN 'CLOSED'
         WHEN t_again IS NOT NULL THEN 'RESOLVED' WHEN t_dispute IS NOT NULL THEN 'IN_PROGRESS'
         WHEN t_resolve IS NOT NULL THEN 'RESOLVED' WHEN t_follow IS NOT NULL THEN 'IN_PROGRESS'
         WHEN t_forward IS NOT NULL THEN 'FORWARDED' WHEN t_verify IS NOT NULL THEN 'VERIFIED'
         WHEN t_reject IS NOT NULL OR t_abandon IS NOT NULL THEN 'ARCHIVED'
         WHEN t_resume IS NOT NULL THEN 'SUBMITTED' WHEN t_hold IS NOT NULL THEN 'ON_HOLD' ELSE 'SUBMITTED' END AS status,
    -- Working days the facts count (ReportFacts.apply): verify to the forward or the archiving,
    -- follow-up from the forward, resolution to the last resolution; days on hold left out.
    ${wdb('t0', 'coalesce(t_forward, t_reject, t_abandon)')} AS verify_wd,
    ${wdb('t_forward', 't_follow')} AS follow_up_wd,
    ${wdb('t0', 'coalesce(t_again, t_resolve)')} AS resolution_wd
  FROM clocks c CROSS JOIN cal OFFSET 0
)
SELECT e.*,
  ('${ID_PREFIX}' || lpad(to_hex(i), 12, '0'))::uuid AS id,
  ${codeSql('i')} AS tracking_code,
  CASE WHEN i % 5 = 4 THEN 'ASPIRATION' WHEN i % 11 = 10 THEN 'INFORMATION_REQUEST' ELSE 'COMPLAINT' END AS type,
  CASE WHEN guest THEN NULL ELSE 'bench-' || (i % 20000) END AS reporter_subject,
  CASE WHEN guest THEN 'guest' ELSE 'citizen' END AS reporter_role,
  i % 9 = 0 AS anonymous, i % 17 = 0 AS confidential,
  c.id AS category_id, c.agency AS agency_id, c.parent AS parent_agency_id, c.officer, c.officer_name, c.outdoor,
  k.code AS kelurahan_code, k.parent_code AS kecamatan_code, k.name AS kelurahan_name, k.kecamatan AS kecamatan_name,
  CASE WHEN t_abandon IS NOT NULL THEN 'INCOMPLETE'
       WHEN t_reject IS NOT NULL THEN (ARRAY['OUT_OF_SCOPE', 'OUT_OF_SCOPE', 'SPAM', 'INCOMPLETE', 'INCOMPLETE'])[1 + i % 5] END AS archive_reason,
  CASE WHEN t_confirm IS NOT NULL THEN rating END AS rating_given,
  CASE WHEN e_v1 >= t_verify THEN 'VERIFIED' ELSE 'SUBMITTED' END AS e_v1_status,
  CASE WHEN e_v2 >= t_verify THEN 'VERIFIED' ELSE 'SUBMITTED' END AS e_v2_status,
  -- The deadlines of the step running now, and its escalation.
  CASE WHEN status IN ${OPEN} THEN v_due WHEN status = 'ON_HOLD' THEN v0 END AS verify_due_at,
  CASE WHEN status = 'FORWARDED' THEN f_due WHEN status = 'IN_PROGRESS' AND t_dispute IS NOT NULL THEN d_due END AS follow_up_due_at,
  CASE WHEN status = 'RESOLVED' THEN c_due END AS close_due_at,
  CASE WHEN status = 'ON_HOLD' THEN t_hold END AS hold_started_at,
  CASE WHEN status IN ${OPEN} THEN CASE WHEN e_v2 IS NOT NULL THEN 2 WHEN e_v1 IS NOT NULL THEN 1 ELSE 0 END
       WHEN status = 'FORWARDED' THEN CASE WHEN e_f2 IS NOT NULL THEN 2 WHEN e_f1 IS NOT NULL THEN 1 ELSE 0 END
       WHEN status = 'IN_PROGRESS' AND t_dispute IS NOT NULL THEN 1 ELSE 0 END AS escalation_level,
  (status IN ${OPEN} AND e_v1 IS NOT NULL) OR (status = 'FORWARDED' AND e_f1 IS NOT NULL) AS overdue,
  greatest(t0, t_hold, t_resume, t_abandon, t_reject, t_verify, t_forward, t_follow, t_resolve, t_dispute, t_again,
           t_confirm, t_autoclose, e_v1, e_v2, e_f1, e_f2) AS updated_at,
  -- The facts.
  coalesce(hold_wd, 0) AS hold_days,
  CASE WHEN coalesce(t_forward, t_reject, t_abandon) IS NOT NULL THEN greatest(0, verify_wd - coalesce(hold_wd, 0)) END AS verify_days,
  CASE WHEN t_resolve IS NOT NULL THEN greatest(0, resolution_wd - coalesce(hold_wd, 0)) END AS resolution_days
FROM esc e
JOIN (VALUES ${categoryRows}) AS c(k, id, agency, parent, officer, officer_name, outdoor) ON c.k = e.cat
JOIN (VALUES ${kelurahanRows}) AS k(n, code, parent_code, name, kecamatan) ON k.n = e.kel`,

// A code the API gave out at random may be one of ours: that report is left out.
`DELETE FROM seed_batch s USING report r WHERE r.tracking_code = s.tracking_code`,

`INSERT INTO report (id, tracking_code, type, status, title, description, channel, reporter_subject, pin_hash,
                    created_at, updated_at, anonymous, confidential, current_agency_id, archive_reason,
                    verify_due_at, follow_up_due_at, close_due_at, hold_started_at, overdue, escalation_level, reopened, rating,
                    category_id, kecamatan_code, kelurahan_code, address, public_title, public_description, public_address)
-- The seeded texts hold no personal data: their public copies (what the feed, Open311 and search read) are the same.
SELECT p.*, p.title, p.description, p.address FROM (
SELECT id, tracking_code, type, status, left(title, 150) AS title,
       -- At least 150 characters, as the shortest real reports.
       left(CASE WHEN length(description) < 150 THEN concat_ws(' ', description, ${pick(IMPACTS)}, ${pick(ATTEMPTS)}, ${pick(REQUESTS)})
                 ELSE description END, 5000) AS description, 'WEB' AS channel,
       reporter_subject,
       -- Guests' PIN is 123456, as for the demo reports.
       CASE WHEN guest THEN 'pbkdf2-sha256$20000$YWR1YW4tZGVtby1zYWx0IQ==$6ZO7d6ZUT9LooXvj4c8aHo+XwMwX6qQjprfYHnhSY2w=' END,
       t0, updated_at, anonymous, confidential,
       CASE WHEN status IN ('FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED') THEN agency_id END AS current_agency_id, archive_reason,
       verify_due_at, follow_up_due_at, close_due_at, hold_started_at, overdue, escalation_level,
       t_dispute IS NOT NULL AS reopened, rating_given, category_id, kecamatan_code, kelurahan_code,
       CASE WHEN random() < 0.6 THEN (${sqlArray(STREETS)})[1 + street] || ' No. ' || house || ', ' || kelurahan_name END AS address
FROM (
  SELECT x.*, ${fill('raw_title')} AS title, ${fill('raw')} AS description
  FROM (
  SELECT s.*,
    CASE s.type WHEN 'ASPIRATION' THEN ${byCategory(used, 'aspirationTitles')}
                WHEN 'INFORMATION_REQUEST' THEN ${byCategory(used, 'questionTitles')}
                ELSE ${byTopic(used, 0, 's.topic')} END AS raw_title,
    CASE s.type
      WHEN 'ASPIRATION' THEN concat_ws(' ',
        ${maybe(0.45, pick(OPENERS))},
        ${maybe(0.6, byTopic(used, 1, 's.topic'))},
        ${maybe(0.6, `CASE WHEN s.outdoor THEN ${pick(LOCATIONS)} ELSE ${pick(RESIDENCES)} END`)},
        ${byCategory(used, 'aspirations')},
        ${maybe(0.6, pick(ASPIRATIONS))},
        ${maybe(0.3, pick(EXTRAS))},
        ${maybe(0.5, pick(CLOSINGS))})
      WHEN 'INFORMATION_REQUEST' THEN concat_ws(' ',
        ${maybe(0.45, pick(OPENERS))},
        ${byCategory(used, 'questions')},
        ${maybe(0.4, `CASE WHEN s.outdoor THEN ${pick(LOCATIONS)} ELSE ${pick(RESIDENCES)} END`)},
        ${maybe(0.3, byCategory(used, 'details'))},
        ${pick(QUESTIONS)},
        ${maybe(0.5, pick(CLOSINGS))})
      ELSE concat_ws(' ',
        ${maybe(0.45, pick(OPENERS))},
        ${byTopic(used, 1, 's.topic')},
        ${maybe(0.5, byCategory(used, 'details'))},
        ${maybe(0.8, `CASE WHEN s.outdoor THEN ${pick(LOCATIONS)} ELSE ${pick(RESIDENCES)} END`)},
        ${maybe(0.6, `CASE WHEN s.outdoor AND random() < 0.6 THEN ${pick(PLACE_SINCE)} ELSE ${pick(SINCE)} END`)},
        ${maybe(0.8, byCategory(used, 'impacts'))},
        ${maybe(0.35, `CASE WHEN s.outdoor AND random() < 0.5 THEN ${pick(PLACE_IMPACTS)} ELSE ${pick(IMPACTS)} END`)},
        ${maybe(0.3, pick(ATTEMPTS))},
        ${maybe(0.25, pick(EXTRAS))},
        -- One report in six is a long story.
        CASE WHEN s.long THEN concat_ws(' ', ${pick(LONG_STORIES)}, ${pick(MORE_EXTRAS)}, ${byCategory(used, 'details')}) END,
        ${maybe(0.9, `CASE WHEN random() < 0.6 THEN ${byCategory(used, 'requests')} ELSE ${pick(REQUESTS)} END`)},
        ${maybe(0.4, pick(CLOSINGS))}) END AS raw
  FROM seed_batch s OFFSET 0
  ) x OFFSET 0
) x) p`,

`INSERT INTO report_agency (report_id, agency_id, forwarded_at)
SELECT id, agency_id, t_forward FROM seed_batch WHERE t_forward IS NOT NULL
UNION ALL
SELECT id, parent_agency_id, e_f2 FROM seed_batch WHERE e_f2 IS NOT NULL AND parent_agency_id IS NOT NULL`,

`INSERT INTO report_message (id, report_id, internal, body, author_role, author_subject, created_at)
SELECT ('${MESSAGE_PREFIX}' || lpad(to_hex(i), 12, '0'))::uuid, id, false, ${fill(pick(HOLD_REPLIES))}, reporter_role, reporter_subject, t_resume
FROM seed_batch s WHERE t_resume IS NOT NULL`,

`INSERT INTO report_event (report_id, seq, type, at, actor_subject, actor_name, actor_role, actor_agency_id, from_status, to_status, details)
SELECT id, row_number() OVER (PARTITION BY id ORDER BY at, step), type, at, subject, name, role, agency, from_status, to_status, details
FROM (${EVENTS.map(([step, type, at, actor, from, to, details]) => `
  SELECT s.id, ${step} AS step, ${type} AS type, ${at} AS at, ${actor}, ${from}::text AS from_status, ${to}::text AS to_status,
         ${details}::jsonb AS details
  FROM seed_batch s WHERE ${at} IS NOT NULL`).join(' UNION ALL')}
) events`,

// What ReportFacts.apply makes of these events, replayed in order.
`INSERT INTO report_facts (report_id, received_at, received_on, type, channel, status, confidential, agency_id, category_id,
                          kecamatan_code, kelurahan_code, verify_days, verify_met, forwarded_at, follow_up_days, follow_up_met,
                          resolved_on, resolution_days, reopened, rating, hold_since, hold_days, step_due_at, updated_at)
SELECT id, t0, (t0 AT TIME ZONE '${tz}')::date, type, 'WEB', status, confidential,
       CASE WHEN status IN ('FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED') THEN agency_id END, category_id,
       kecamatan_code, kelurahan_code, verify_days, verify_days < ${DEADLINE.verify}, t_forward,
       follow_up_wd, follow_up_wd < ${DEADLINE.followUp},
       (coalesce(t_again, t_resolve) AT TIME ZONE '${tz}')::date, resolution_days, t_dispute IS NOT NULL, rating_given,
       CASE WHEN status = 'ON_HOLD' THEN t_hold END, hold_days,
       CASE WHEN status IN ${OPEN} AND verify_days IS NULL THEN verify_due_at
            WHEN status = 'FORWARDED' AND follow_up_wd IS NULL THEN follow_up_due_at END,
       updated_at
FROM seed_batch`,

];
// An Instant as Java writes it in JSON (whole seconds here).
function instant(t) { return `to_char(${t} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`; }
const idOf = (seq) => `'${ID_PREFIX}${seq.toString(16).padStart(12, '0')}'::uuid`;

// Placeholders of seed-text.mjs filled with the report's own street, place, names and numbers.
function fill(expr) {
  const values = {
    jalan: `(${sqlArray(STREETS)})[1 + street]`, tempat: `(${sqlArray(PLACES)})[1 + place]`,
    nama: `(${sqlArray(NAMES)})[1 + person]`, kel: 'kelurahan_name', kec: 'kecamatan_name',
    rt: `lpad(rt::text, 3, '0')`, rw: `lpad(rw::text, 3, '0')`, no: 'house::text',
    n: `(${sqlArray(COUNTS)})[1 + (i % ${COUNTS.length})]`,
  };
  return Object.entries(values).reduce((sql, [name, value]) => `replace(${sql}, '{${name}}', ${value})`, expr);
}
function sqlArray(list) {
  return `ARRAY[${list.map((s) => `'${s.replaceAll("'", "''")}'`).join(', ')}]`;
}

// SEED_PROFILE=1: the wall and CPU time of each statement (CPU of the server process, read from
// /proc: only when the database runs on this machine).
const profile = Boolean(process.env.SEED_PROFILE);
const { rows: [{ pid }] } = await client.query('SELECT pg_backend_pid() AS pid');
const { readFileSync } = await import('node:fs');
const cpu = () => {
  if (!profile) return 0;
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch { return 0; }
};
if (process.env.SEED_DUMP) { // the SQL of the first batch, to read or EXPLAIN
  (await import('node:fs')).writeFileSync(process.env.SEED_DUMP, `${batchSql(1, Math.min(batch, total)).join(';\n\n')};\n`);
  await client.end();
  process.exit(0);
}
const started = Date.now();
const cpu0 = cpu();
for (let from = 1; from <= total; from += batch) {
  const to = Math.min(total, from + batch - 1);
  const t = Date.now();
  await client.query('BEGIN');
  const times = [];
  for (const statement of batchSql(from, to)) {
    const s = [Date.now(), cpu()];
    await client.query(statement);
    times.push(`${Date.now() - s[0]}/${cpu() - s[1]}`);
  }
  if (profile) console.log(`\nwall/cpu ms per statement: ${times.join(' ')}`);
  await client.query('COMMIT');
  const rate = Math.round((to - from + 1) / ((Date.now() - t) / 1000));
  process.stdout.write(`\rseeded ${to.toLocaleString('en')} / ${total.toLocaleString('en')} reports (${rate.toLocaleString('en')}/s)   `);
}
if (replica) {
  // The trigger that keeps the monthly rollups was off for this session: they are rebuilt from
  // every statistics row at once, with V11's own function (the rows the API wrote included).
  const r = Date.now();
  await client.query(`BEGIN;
    DELETE FROM report_facts_monthly; INSERT INTO report_facts_monthly SELECT * FROM report_facts_monthly_rebuilt();
    DELETE FROM report_facts_monthly_days; INSERT INTO report_facts_monthly_days SELECT * FROM report_facts_monthly_days_rebuilt();
    COMMIT`);
  process.stdout.write(`\nmonthly rollups rebuilt in ${((Date.now() - r) / 1000).toFixed(0)} s`);
}
const seeded = (Date.now() - started) / 1000;
console.log(`\nseeded in ${seeded.toFixed(0)} s (${Math.round(total / seeded).toLocaleString('en')} reports/s); vacuuming and analysing…`);
// Now rather than by autovacuum during the measurements: statistics for the planner, and the
// visibility map for index-only scans.
const v = Date.now();
const vCpu = cpu();
await client.query('VACUUM (ANALYZE) report, report_event, report_agency, report_facts, report_message');
if (profile) console.log(`server CPU: ${((vCpu - cpu0) / 1000).toFixed(1)} s seeding, ${((cpu() - vCpu) / 1000).toFixed(1)} s vacuum`);
const { rows: [counts] } = await client.query(
  `SELECT (SELECT count(*) FROM report) AS reports, (SELECT count(*) FROM report_event) AS events,
          (SELECT count(*) FROM report_facts) AS facts,
          pg_size_pretty(pg_total_relation_size('report')) AS report_size, pg_size_pretty(pg_total_relation_size('report_event')) AS event_size,
          pg_size_pretty(pg_total_relation_size('report_facts')) AS facts_size`,
);
console.log(`vacuumed in ${((Date.now() - v) / 1000).toFixed(0)} s`, counts);
await client.end();
