#!/usr/bin/env node
// Measures every dashboard query of the statistics API over HTTP, as the SPA sends them:
// p50 and p95 latency, and the rows PostgreSQL read per request (from pg_stat_user_tables).
// Exits 1 when a query's p95 reaches the budget.
//
//   node bench/stats-queries.mjs [--api=http://localhost:8080] [--keycloak=http://localhost:8180]
//     [--db=postgresql://aduan:aduan@localhost:15432/aduan] [--runs=40] [--budget-ms=300]
//     [--client=aduan-test] [--officer=petugas.dlhk] [--only=text] [--export]
//
// Seed first (bench/seed-reports.mjs writes the facts of its reports too); reports written into
// the database some other way get theirs from the API's backfill (it logs "Statistics: built the
// facts of N reports"), and this tool waits until every report has them. Users log in with the password grant of the dev realm's test client (their
// password is their username), so this runs against the demo realm, never a real one.
// --only measures the queries whose name contains the text. --export also streams the CSV
// export of every report and samples the API's heap meanwhile.
import pg from 'pg';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=') ?? fallback;
const api = arg('api', 'http://localhost:8080');
const keycloak = arg('keycloak', 'http://localhost:8180');
const db = arg('db', 'postgresql://aduan:aduan@localhost:15432/aduan');
const runs = Number(arg('runs', 40));
const warmups = 3;
const budget = Number(arg('budget-ms', 300));
const client = arg('client', 'aduan-test');

const sql = new pg.Client({ connectionString: db });
await sql.connect();

async function token(user) {
  const res = await fetch(`${keycloak}/realms/aduan/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: client, username: user, password: user }),
  });
  if (!res.ok) throw new Error(`login of ${user} failed: ${res.status}`);
  return (await res.json()).access_token;
}

const one = async (q) => (await sql.query(q)).rows[0];
for (;;) {
  const { missing } = await one('SELECT count(*)::int AS missing FROM report r WHERE NOT EXISTS (SELECT 1 FROM report_facts f WHERE f.report_id = r.id)');
  if (missing === 0) break;
  console.error(`waiting for the API to build the facts of ${missing} reports...`);
  await new Promise((r) => setTimeout(r, 10_000));
}
const size = await one(`SELECT (SELECT count(*) FROM report)::int AS reports, (SELECT count(*) FROM report_event)::int AS events,
  pg_size_pretty(pg_total_relation_size('report_facts')) AS facts, pg_size_pretty(pg_total_relation_size('report')) AS report,
  pg_size_pretty(pg_total_relation_size('report_event')) AS report_event`);
const ids = await one(`SELECT (SELECT id FROM agency WHERE code = 'DLHK') AS dlhk, (SELECT id FROM category WHERE code = 'SAMPAH') AS sampah`);
const { today } = await one(`SELECT (now() AT TIME ZONE 'Asia/Makassar')::date::text AS today`);
const daysAgo = (n) => new Date(Date.parse(today) - n * 86_400_000).toISOString().slice(0, 10);
const last = (n) => `from=${daysAgo(n - 1)}&to=${today}`;

// What the dashboards ask: the default 30 days, a year, the longest period (3 years, which
// covers the whole two-year dataset), an agency's subtree, a category in one kecamatan, and
// an officer's scope.
const queries = [
  ['summary, city, 30 days', 'admin1', `/api/v1/stats/summary?${last(30)}`],
  ['summary, city, 365 days', 'admin1', `/api/v1/stats/summary?${last(365)}`],
  ['summary, city, 3 years (all data)', 'admin1', `/api/v1/stats/summary?${last(1096)}`],
  ['summary, agency subtree, 365 days', 'admin1', `/api/v1/stats/summary?${last(365)}&agencyId=${ids.dlhk}`],
  ['summary, category + kecamatan, 90 days', 'admin1', `/api/v1/stats/summary?${last(90)}&categoryId=${ids.sampah}&areaCode=53.71.04`],
  ['summary, officer scope, 90 days', arg('officer', 'petugas.dlhk'), `/api/v1/stats/summary?${last(90)}`],
  ['series, daily, 90 days', 'admin1', `/api/v1/stats/series?${last(90)}&interval=day`],
  ['series, weekly, 365 days', 'admin1', `/api/v1/stats/series?${last(365)}&interval=week`],
  ['series, monthly, 3 years', 'admin1', `/api/v1/stats/series?${last(1096)}&interval=month`],
  ['backlog, city', 'admin1', '/api/v1/stats/backlog'],
  ['agency ranking, 365 days', 'admin1', `/api/v1/stats/agencies?${last(365)}`],
  ['hotspots, kelurahan, 90 days', 'admin1', `/api/v1/stats/hotspots?${last(90)}&level=kelurahan`],
  ['drill-down, closed, 365 days', 'admin1', `/api/v1/stats/reports?${last(365)}&status=CLOSED`],
  ['drill-down, follow-up missed, 365 days', 'admin1', `/api/v1/stats/reports?${last(365)}&deadline=followUp&deadlineState=late`],
  ['public summary, 365 days', null, `/api/v1/open-data/summary?${last(365)}`],
  ['open data monthly, 12 months', null, '/api/v1/open-data/monthly'],
];

// Rows read: table rows read by sequential scans plus index entries read by index scans.
const rowsRead = async () => Number((await one(
  `SELECT ((SELECT sum(seq_tup_read) FROM pg_stat_user_tables) + (SELECT sum(idx_tup_read) FROM pg_stat_user_indexes))::bigint AS n`)).n);
// Backends publish their table statistics when idle for a while (PostgreSQL 15+: up to 10 s).
const settle = async () => { await new Promise((r) => setTimeout(r, 11_000)); await sql.query('SELECT pg_stat_clear_snapshot()'); };
const pct = (sorted, q) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];

const results = [];
const tokens = {};
const only = arg('only', '');
await settle();
for (const [name, user, path] of queries.filter(([name]) => name.includes(only))) {
  if (user && !tokens[user]) tokens[user] = await token(user);
  const headers = user ? { authorization: `Bearer ${tokens[user]}` } : {};
  const before = await rowsRead();
  const times = [];
  for (let i = 0; i < warmups + runs; i++) {
    const t0 = performance.now();
    const res = await fetch(api + path, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${name}: ${res.status}`);
    if (i >= warmups) times.push(performance.now() - t0);
  }
  await settle();
  const rows = Math.round(((await rowsRead()) - before) / (warmups + runs));
  times.sort((a, b) => a - b);
  results.push({ name, p50: pct(times, 0.5), p95: pct(times, 0.95), rows });
  delete tokens[user]; // tokens are short-lived; log in again for the next query
  console.error(`${name}: p50 ${pct(times, 0.5).toFixed(1)} ms, p95 ${pct(times, 0.95).toFixed(1)} ms`);
}

console.log(`Dataset: ${size.reports.toLocaleString('en')} reports, ${size.events.toLocaleString('en')} events `
  + `(report ${size.report}, report_event ${size.report_event}, report_facts ${size.facts}); ${runs} runs after ${warmups} warm-ups, sequential.\n`);
console.log('| query | p50 ms | p95 ms | rows read per request (table rows scanned + index entries) |');
console.log('|---|---:|---:|---:|');
for (const r of results) console.log(`| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.rows.toLocaleString('en')} |`);

if (process.argv.includes('--export')) {
  const t = await token('admin1');
  const heap = async () => {
    const text = await (await fetch(`${api}/q/metrics`)).text();
    return text.split('\n').filter((l) => l.startsWith('jvm_memory_used_bytes{') && l.includes('area="heap"'))
      .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
  };
  let maxHeap = 0;
  const sampler = setInterval(async () => { maxHeap = Math.max(maxHeap, await heap().catch(() => 0)); }, 250);
  const t0 = performance.now();
  const res = await fetch(`${api}/api/v1/stats/reports?${last(1096)}`, { headers: { authorization: `Bearer ${t}`, accept: 'text/csv' } });
  let bytes = 0; let lines = 0;
  for await (const chunk of res.body) {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines++;
  }
  clearInterval(sampler);
  console.log(`\nCSV export of every report: ${(lines - 1).toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(0)} MB in `
    + `${((performance.now() - t0) / 1000).toFixed(1)} s; the API's heap peaked at ${(maxHeap / 1e6).toFixed(0)} MB.`);
}

await sql.end();
const over = results.filter((r) => r.p95 >= budget);
if (over.length) {
  console.error(`p95 at or over ${budget} ms: ${over.map((r) => r.name).join('; ')}`);
  process.exit(1);
}
