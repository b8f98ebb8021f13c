#!/usr/bin/env node
// Faults survived (issue 8), each with real processes, under a steady stream of submissions:
//   1. PostgreSQL stopped (pg_ctl -m fast), then started again;
//   2. PostgreSQL crashed (pg_ctl -m immediate: no checkpoint, crash recovery on restart);
//   3. Keycloak unreachable (the TCP proxy the API and the clients reach it through is closed);
//   4. the API killed with SIGKILL, then started again;
//   5. a hot backup taken while reports come in (scripts/backup.mjs), restored into an empty data
//      directory and started: every report from before the backup is there, whole.
// For each: what clients got during the fault (no 500; 503 with Retry-After while the database is
// away), readiness and liveness, how long recovery took, and what was lost. Clients behave like the
// SPA's offline queue: every report has an Idempotency-Key, and one without a 201 is sent again with
// the same key once the fault is over. At the end every key must have exactly one report, complete
// (its SUBMITTED event and its statistics row): none lost, none doubled, none half-written.
//
// It starts its own PostgreSQL (scripts/lib.sh) and API (the packaged jar); Keycloak is the test one
// (QUARKUS_OIDC_AUTH_SERVER_URL, exported by ./aduan test). The pg client comes from bench/.
//
//   node scripts/fault-test.mjs --jar api/target/quarkus-app/quarkus-run.jar --port 8085 --pg-port 35434 --data DIR
import { spawn, spawnSync } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rmSync, statSync } from 'node:fs';
import { backup, restore } from './backup.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pg = createRequire(join(root, 'bench', 'package.json'))('pg');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const jar = args.jar ?? join(root, 'api/target/quarkus-app/quarkus-run.jar');
const port = Number(args.port ?? 8085);
const pgPort = Number(args['pg-port'] ?? 35434);
const data = args.data ?? join(process.env.ADUAN_HOME ?? join(root, '.aduan'), 'test', 'faults', 'pgdata');
const realm = process.env.QUARKUS_OIDC_AUTH_SERVER_URL;
if (!realm) throw new Error('QUARKUS_OIDC_AUTH_SERVER_URL is not set: run through ./aduan test');
const api = `http://localhost:${port}`;
const db = `postgresql://aduan:aduan@localhost:${pgPort}/aduan`;

const log = (...m) => console.log('[faults]', ...m);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const failures = [];
const check = (ok, what) => {
  log(ok ? 'ok  ' : 'FAIL', what);
  if (!ok) failures.push(what);
};

// --- PostgreSQL, through the project's own functions ----------------------------------------------
function lib(command) {
  const r = spawnSync('bash', ['-c', `source "${root}/scripts/lib.sh"; DB_NAME=aduan DB_USER=aduan DB_PASSWORD=aduan; ${command}`],
    { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`failed: ${command}`);
}
const pgStart = (dir = data, at = pgPort) => lib(`pg_start "${dir}" ${at}`);
const pgStop = (mode, dir = data) => lib(`pg_as "$(pg_bin)/pg_ctl" -D "$(pg_place "${dir}")" -m ${mode} -w stop >/dev/null`);
/** The value a lib.sh function prints (where a data directory really is, which account runs PostgreSQL). */
const libValue = (command) => spawnSync('bash', ['-c', `source "${root}/scripts/lib.sh"; ${command}`], { encoding: 'utf8' })
  .stdout.trim();

// --- Keycloak behind a TCP proxy this script can close and open again ------------------------------
const kc = new URL(realm);
const sockets = new Set();
let proxy;
function proxyOpen(listenPort) {
  proxy = createServer((client) => {
    const upstream = connect(Number(kc.port || 80), kc.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => { client.destroy(); upstream.destroy(); });
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((r) => proxy.listen(listenPort, '127.0.0.1', () => r(proxy.address().port)));
}
function proxyClose() {
  for (const s of sockets) s.destroy();
  return new Promise((r) => proxy.close(r));
}
const kcPort = await proxyOpen(0);
const realmViaProxy = `http://localhost:${kcPort}${kc.pathname}`;

async function token(user) {
  const res = await fetch(`${realmViaProxy}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'aduan-test', username: user, password: user }),
    signal: AbortSignal.timeout(5000),
  });
  if (!res.ok) throw new Error(`token for ${user}: HTTP ${res.status}`);
  return (await res.json()).access_token;
}

// --- the API -------------------------------------------------------------------------------------
let apiProcess;
async function apiStart() {
  apiProcess = spawn('java', ['-XX:+UseSerialGC', '-Xmx128m', '-jar', jar], {
    env: { ...process.env, QUARKUS_HTTP_PORT: String(port), ADUAN_DEMO_DATA: 'false',
      QUARKUS_DATASOURCE_REACTIVE_URL: `postgresql://localhost:${pgPort}/aduan`,
      QUARKUS_DATASOURCE_JDBC_URL: `jdbc:postgresql://localhost:${pgPort}/aduan`,
      QUARKUS_DATASOURCE_USERNAME: 'aduan', QUARKUS_DATASOURCE_PASSWORD: 'aduan',
      QUARKUS_OIDC_AUTH_SERVER_URL: realmViaProxy, ADUAN_OFFICER_ACCOUNTS_ENABLED: 'false',
      ADUAN_OUTBOX_EVERY: 'off', ADUAN_FACTS_BACKFILL_EVERY: 'off', ADUAN_DEADLINE_JOB_EVERY: 'off',
      // Every report comes from this one address and account, faster than a citizen sends them.
      ADUAN_RATE_LIMITS_SUBMISSIONS_PER_ADDRESS: 'off', ADUAN_RATE_LIMITS_SUBMISSIONS_PER_ACCOUNT: 'off',
      // The guests' stamps cost the sender CPU, which this test needs for the faults (ProofOfWorkTest covers them).
      ADUAN_ANTI_SPAM_PROOF_OF_WORK_BITS: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    if (apiProcess.exitCode !== null) throw new Error('the API exited at startup');
    if ((await probe('/q/health/ready')) === 200) return Date.now() - started;
    await sleep(250);
  }
  throw new Error('the API did not become ready');
}

async function probe(path) {
  try {
    return (await fetch(api + path, { signal: AbortSignal.timeout(3000) })).status;
  } catch {
    return 0;
  }
}

// --- clients: four at a time, like many phones ----------------------------------------------------
const outcomes = new Map(); // key -> { status, user }
const seen = []; // { at, status, retryAfter, ms, problem }
let citizenToken;

async function submit(key, user, record = true) {
  const t0 = Date.now();
  let status = 0;
  let retryAfter = null;
  let type = null;
  try {
    const res = await fetch(`${api}/api/v1/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key,
        ...(user === 'warga1' ? { Authorization: `Bearer ${citizenToken}` } : {}) },
      body: JSON.stringify({ type: 'COMPLAINT', title: `Uji gangguan ${key}`,
        description: 'Laporan uji ketahanan saat komponen sistem mati.' }),
      signal: AbortSignal.timeout(10_000),
    });
    status = res.status;
    retryAfter = res.headers.get('retry-after');
    type = res.headers.get('content-type');
    await res.arrayBuffer();
  } catch {
    status = 0; // no answer: refused, reset or timed out
  }
  if (record) seen.push({ at: t0, status, retryAfter, type, ms: Date.now() - t0 });
  const before = outcomes.get(key);
  if (!before || before.status !== 201) outcomes.set(key, { status, user });
  return status;
}

let running = false;
async function load() {
  running = true;
  await Promise.all(Array.from({ length: 4 }, async (_, w) => {
    while (running) {
      await submit(randomUUID(), w % 2 === 0 ? 'guest' : 'warga1');
      await sleep(20);
    }
  }));
}
const stopLoad = async (loading) => { running = false; await loading; };

/** Sends again, with its key, every report that did not get its 201, as the SPA's queue does. */
async function resend() {
  let again = 0;
  for (const [key, o] of outcomes) {
    if (o.status !== 201) {
      again++;
      const status = await submit(key, o.user, false);
      if (status !== 201) check(false, `resending ${key} got ${status}`);
    }
  }
  return again;
}

async function untilOk(what, f, ms = 60_000) {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    if (await f()) return Date.now() - t0;
    await sleep(100);
  }
  throw new Error(`${what} did not happen within ${ms / 1000} s`);
}

const matrix = [];
function summarise(fault, from, to) {
  const during = seen.filter((s) => s.at >= from && s.at <= to);
  const by = {};
  for (const s of during) by[s.status] = (by[s.status] ?? 0) + 1;
  return { fault, during, by };
}

// --- the run ---------------------------------------------------------------------------------------
lib(`rm -rf "$(pg_place "${data}")"`);
pgStart();
log(`API started in ${await apiStart()} ms`);
citizenToken = await token('warga1');

async function databaseFault(mode, name) {
  const loading = load();
  await sleep(2000);
  const down = Date.now();
  pgStop(mode);
  const stopped = Date.now();
  await sleep(1500);
  const ready = await probe('/q/health/ready');
  const live = await probe('/q/health/live');
  await sleep(2500);
  const upAt = Date.now();
  pgStart();
  const recovered = await untilOk('a submission after PostgreSQL came back',
    async () => seen.some((s) => s.at >= upAt && s.status === 201));
  const readyAgain = await untilOk('readiness after PostgreSQL came back', async () => (await probe('/q/health/ready')) === 200);
  await sleep(1000);
  await stopLoad(loading);
  const { during, by } = summarise(name, stopped + 200, upAt);
  check(during.length > 0, `${name}: clients kept sending while PostgreSQL was away (${during.length} requests)`);
  check(!seen.some((s) => s.status >= 500 && s.status !== 503), `${name}: no 5xx but 503`);
  const refused = during.filter((s) => s.status === 503);
  check(refused.length === during.length, `${name}: every request while it was away got 503 (${JSON.stringify(by)})`);
  check(refused.every((s) => Number(s.retryAfter) > 0 && s.type?.startsWith('application/problem+json')),
    `${name}: each 503 is problem+json with Retry-After`);
  const slowest = Math.max(...during.map((s) => s.ms));
  check(slowest < 2000, `${name}: each 503 came within 2 s (slowest ${slowest} ms)`);
  check(ready === 503 && live === 200, `${name}: readiness down (${ready}), liveness up (${live}) while it was away`);
  const again = await resend();
  matrix.push([name, `503 + Retry-After (${refused.length} requests, slowest ${slowest} ms); readiness 503, liveness 200; `
    + `first 201 ${recovered} ms after PostgreSQL accepted connections again, ready after ${readyAgain} ms; ${again} resent with their keys`,
    down]);
}

async function keycloakFault() {
  const unused = await token('warga1'); // issued before the outage, never shown to the API
  const loading = load();
  await sleep(1000);
  await proxyClose();
  const from = Date.now();
  const login = await token('warga1').then(() => 'worked', (e) => `failed (${e.message.split(':')[0]})`);
  const before = citizenToken;
  citizenToken = unused;
  await sleep(3000);
  const ready = await probe('/q/health/ready');
  const to = Date.now();
  await stopLoad(loading);
  citizenToken = before;
  await proxyOpen(kcPort);
  const { during, by } = summarise('Keycloak', from, to);
  check(during.length > 0 && during.every((s) => s.status === 201),
    `Keycloak away: guests and a citizen with a token issued before were served (${JSON.stringify(by)})`);
  check(login !== 'worked', `Keycloak away: a new login fails (${login})`);
  check(ready === 200, `Keycloak away: the API stays ready (${ready})`);
  const after = await token('warga1').then(() => true, () => false);
  check(after, 'Keycloak back: logins work again');
  matrix.push(['Keycloak unreachable', `${during.length} submissions served (guests, and a citizen whose token was issued before and `
    + `never seen by the API: verified with the cached keys); new logins fail until it is back; readiness 200`, from]);
}

async function apiKill() {
  const loading = load();
  await sleep(2000);
  apiProcess.kill('SIGKILL');
  const killed = Date.now();
  await sleep(1000);
  const restartedIn = await apiStart();
  await sleep(1000);
  await stopLoad(loading);
  const lostAnswers = seen.filter((s) => s.at >= killed - 500 && s.status === 0).length;
  check(!seen.some((s) => s.status >= 500 && s.status !== 503), 'API killed: no 5xx but 503');
  const again = await resend();
  matrix.push(['API killed (SIGKILL) under load', `no answer while it is down (${lostAnswers} requests refused or reset); `
    + `restarted and ready in ${restartedIn} ms; ${again} resent with their keys`, killed]);
}

/** A hot backup while reports come in, restored into an empty directory: every report is there. */
async function backupAndRestore() {
  const client = new pg.Client(db);
  await client.connect();
  const before = new Set((await client.query('SELECT id FROM report')).rows.map((r) => r.id));
  await client.end();
  const out = join(dirname(data), 'backup');
  const copy = `${data}-restored`;
  rmSync(out, { recursive: true, force: true });
  lib(`rm -rf "$(pg_place "${copy}")"`);
  const loading = load();
  await sleep(500);
  const t0 = Date.now();
  const about = await backup({ db, out });
  const took = Date.now() - t0;
  await stopLoad(loading);
  const size = ['base.tar.gz', 'wal.tar.gz'].reduce((n, f) => n + statSync(join(out, f)).size, 0);
  restore({ from: out, data: libValue(`pg_place "${copy}"`), owner: libValue('pg_user') || undefined });
  pgStart(copy, pgPort + 1);
  try {
    const restored = new pg.Client(`postgresql://aduan:aduan@localhost:${pgPort + 1}/aduan`);
    await restored.connect();
    const rows = (await restored.query(`
      SELECT r.id, EXISTS (SELECT 1 FROM report_event e WHERE e.report_id = r.id) AND
                   EXISTS (SELECT 1 FROM report_facts f WHERE f.report_id = r.id) AS whole
      FROM report r`)).rows;
    await restored.end();
    const ids = new Set(rows.map((r) => r.id));
    const absent = [...before].filter((id) => !ids.has(id)).length;
    check(absent === 0, `restored backup: all ${before.size} reports from before it are there (${absent} missing)`);
    check(rows.every((r) => r.whole), 'restored backup: every report has its event and statistics row');
    matrix.push(['Backup during submissions, restored into an empty data directory',
      `${rows.length} reports restored (${before.size} from before the backup, ${rows.length - before.size} written during it); `
      + `backup took ${took} ms, ${(size / 1048576).toFixed(1)} MB; WAL ${about.wal[0].slice(-8)}..${about.wal[1].slice(-8)}`, t0]);
  } finally {
    pgStop('fast', copy);
    rmSync(out, { recursive: true, force: true });
  }
}

try {
  await databaseFault('fast', 'PostgreSQL stopped');
  await databaseFault('immediate', 'PostgreSQL crashed');
  await keycloakFault();
  await apiKill();

  // What is stored: exactly one complete report per key.
  const client = new pg.Client(db);
  await client.connect();
  const rows = (await client.query(`
    SELECT substr(r.title, 14) AS key, count(*) AS n,
           bool_and(EXISTS (SELECT 1 FROM report_event e WHERE e.report_id = r.id AND e.type = 'SUBMITTED')) AS events,
           bool_and(EXISTS (SELECT 1 FROM report_facts f WHERE f.report_id = r.id)) AS facts
    FROM report r WHERE r.title LIKE 'Uji gangguan %' GROUP BY 1`)).rows;
  await client.end();
  const stored = new Map(rows.map((r) => [r.key, r]));
  const missing = [...outcomes.keys()].filter((k) => !stored.has(k));
  const doubled = rows.filter((r) => Number(r.n) !== 1);
  const half = rows.filter((r) => !r.events || !r.facts);
  check(missing.length === 0, `every report sent is stored (${outcomes.size} keys, ${missing.length} missing)`);
  check(doubled.length === 0, `no key has two reports (${doubled.length})`);
  check(half.length === 0, `every stored report has its event and statistics row (${half.length} half-written)`);
  const lost = missing.length;
  await backupAndRestore();
  console.log('\n| fault | observed | reports lost |\n|---|---|---:|');
  for (const [fault, observed] of matrix) console.log(`| ${fault} | ${observed} | ${lost} |`);
  console.log(`\n${outcomes.size} reports sent, ${seen.length} requests; ${failures.length} checks failed.`);
} catch (e) {
  check(false, e.message);
} finally {
  if (apiProcess?.exitCode === null) apiProcess.kill('SIGTERM');
  await proxyClose().catch(() => {});
  await sleep(1000);
  try { pgStop('fast'); } catch { /* already stopped */ }
}
process.exit(failures.length === 0 ? 0 : 1);
