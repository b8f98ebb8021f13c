#!/usr/bin/env node
// A burst against guests' PINs (issue 20), sent to the two API instances behind round-robin nginx
// of `./aduan test`, with their default limits and pool:
//   1. 240 PIN guesses at once (wrong and right; from 40 client addresses named in X-Forwarded-For,
//      which nginx passes on as an ingress would), on a report whose PIN is an HMAC and on one whose
//      PIN is a PBKDF2 hash made before the pepper (the slow path), together with 120 ordinary
//      requests (the public feed, categories, health). Fails on any 500 or other unexpected
//      status, on a p99 above 2 s for the ordinary requests, or on a request that takes over 30 s
//      (a stall).
//   2. 25 wrong PINs at once from one new address at one report: exactly 10 are compared (404)
//      and 15 refused (429), whichever instance each reached: the counts are atomic and shared.
//      Then the right PIN from there is refused, from another address it opens the report, and
//      the receipt's access key opens it from the refused address.
//
//   node scripts/pin-burst-test.mjs --api=http://localhost:8082 --realm=http://localhost:8181/realms/aduan --db=postgresql://...
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pg = createRequire(join(root, 'bench', 'package.json'))('pg');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split(/=(.*)/s)));
const api = args.api ?? 'http://localhost:8082';
const realm = args.realm ?? 'http://localhost:8181/realms/aduan';
const db = args.db;
/** The demo data's hash of the PIN 123456, as PINs were hashed before the pepper (PBKDF2). */
const LEGACY_HASH = 'pbkdf2-sha256$20000$YWR1YW4tZGVtby1zYWx0IQ==$6ZO7d6ZUT9LooXvj4c8aHo+XwMwX6qQjprfYHnhSY2w=';

const log = (...m) => console.log('[pin-burst]', ...m);
const failures = [];
let passed = 0;
const check = (ok, what) => {
  log(ok ? 'ok  ' : 'FAIL', what);
  if (ok) passed++;
  else failures.push(what);
};

async function token(user) {
  const res = await fetch(`${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'aduan-test', username: user, password: user }),
  });
  if (!res.ok) throw new Error(`token for ${user}: HTTP ${res.status}`);
  return (await res.json()).access_token;
}

/** A complaint entered at the desk: the complainant's receipt has a PIN and an access key. */
async function deskReport(officer, title) {
  const res = await fetch(`${api}/api/v1/assisted-reports`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${officer}` },
    body: JSON.stringify({ channel: 'WALK_IN', report: { type: 'COMPLAINT', title, description: 'Uji beban PIN.' } }),
  });
  if (res.status !== 201) throw new Error(`assisted report: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

/** One request, timed; never throws (a network error is status 0). */
async function timed(kind, path, init = {}) {
  const t0 = performance.now();
  try {
    const res = await fetch(api + path, { ...init, signal: AbortSignal.timeout(30_000) });
    const body = await res.text();
    return { kind, status: res.status, ms: performance.now() - t0, retryAfter: res.headers.get('retry-after'), body };
  } catch (e) {
    return { kind, status: 0, ms: performance.now() - t0, error: String(e) };
  }
}

const guess = (code, pin, from) => timed('pin', `/api/v1/reports/track/${code}/access`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
  body: JSON.stringify({ pin }),
});

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const officer = await token('petugas1');
const fast = await deskReport(officer, 'Uji beban PIN (HMAC)');
const slow = await deskReport(officer, 'Uji beban PIN (PBKDF2)');
const client = new pg.Client(db);
await client.connect();
await client.query('UPDATE report SET pin_hash = $2 WHERE id = $1', [slow.id, LEGACY_HASH]);
await client.end();
const wrongOf = (pin) => (pin === '000000' ? '111111' : '000000');

// --- 1. the burst ----------------------------------------------------------------------------------
const burst = [];
for (let i = 0; i < 240; i++) {
  const from = `203.0.113.${i % 40}`;
  // One in four at the old hash: each costs PBKDF2 (tens of ms of CPU) where the HMAC costs microseconds.
  const report = i % 4 === 0 ? slow : fast;
  const right = report === fast ? fast.pin : '123456';
  burst.push(guess(report.trackingCode, i % 5 === 0 ? right : wrongOf(right), from));
}
const ordinaryPaths = ['/api/v1/reports/public?size=10', '/api/v1/categories', '/q/health/ready'];
for (let i = 0; i < 120; i++) {
  burst.push(timed('ordinary', ordinaryPaths[i % ordinaryPaths.length]));
}
const t0 = performance.now();
const answers = await Promise.all(burst);
const wall = performance.now() - t0;
const byStatus = {};
for (const a of answers) byStatus[`${a.kind}:${a.status}`] = (byStatus[`${a.kind}:${a.status}`] ?? 0) + 1;
const ordinary = answers.filter((a) => a.kind === 'ordinary');
const pins = answers.filter((a) => a.kind === 'pin');
const p50 = percentile(ordinary.map((a) => a.ms), 50);
const p99 = percentile(ordinary.map((a) => a.ms), 99);
const slowest = Math.max(...answers.map((a) => a.ms));
const busy = answers.filter((a) => a.status === 503);
log(`burst: ${answers.length} requests (${pins.length} PIN guesses, ${ordinary.length} ordinary) in ${wall.toFixed(0)} ms`);
log(`statuses: ${JSON.stringify(byStatus)}`);
const errors = [...new Set(answers.filter((a) => a.status === 0).map((a) => a.error))];
if (errors.length > 0) log(`no answer: ${errors.join('; ')}`);
log(`ordinary requests: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms; slowest request of all ${slowest.toFixed(0)} ms`);
check(answers.every((a) => a.status !== 500), 'no 500');
check(answers.every((a) => [200, 404, 429, 503].includes(a.status)),
  `only 200, 404, 429 and 503 (${[...new Set(answers.map((a) => a.status))].join(', ')})`);
check(ordinary.every((a) => a.status === 200 || a.status === 503), 'ordinary requests answered 200 (or 503 when saturated)');
check(busy.every((a) => a.retryAfter && a.body.includes('"status":503')), `every 503 is problem+json with Retry-After (${busy.length})`);
check(p99 < 2000, `ordinary p99 under 2 s (${p99.toFixed(1)} ms)`);
check(slowest < 30_000, `no stall: every request answered within 30 s (slowest ${slowest.toFixed(0)} ms)`);

// --- 2. counted once, atomically, across both instances ----------------------------------------------
const stranger = '198.51.100.77';
const round = await Promise.all(Array.from({ length: 25 }, () => guess(fast.trackingCode, wrongOf(fast.pin), stranger)));
const compared = round.filter((a) => a.status === 404).length;
const refused = round.filter((a) => a.status === 429).length;
log(`25 wrong PINs at once from one address: ${compared} compared (404), ${refused} refused (429)`);
check(compared === 10 && refused === 15, 'exactly 10 compared and 15 refused across the two instances');
check((await guess(fast.trackingCode, fast.pin, stranger)).status === 429, 'the right PIN from that address waits too');
check((await guess(fast.trackingCode, fast.pin, '198.51.100.78')).status === 200, 'from another address it opens the report');
check((await guess(fast.trackingCode, fast.accessKey, stranger)).status === 200,
  'the access key opens it from the held-back address');

console.log(`pin-burst: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
