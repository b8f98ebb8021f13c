#!/usr/bin/env node
// Statelessness (issue 9): run after the end-to-end journeys have passed through two API instances
// behind a plain round-robin nginx, both started at once on an empty database. Checks that
//   - both instances answered the journeys (nginx's access log names the upstream of each request);
//   - the migrations ran once (Flyway's lock: no failed or repeated version);
//   - the scheduled jobs, running every 2 s in both instances, did their work exactly once: reports
//     filed through the proxy and then made overdue are escalated once each (the deadline job's
//     advisory lock), and each reporter's receipt left through SMTP once (the outbox's SKIP LOCKED).
// Guests' reports carry their proof of work (ADR 0021), made here as the SPA makes it.
//
//   node scripts/scale-out-check.mjs --proxy URL --db URL --access-log FILE --recipients FILE --upstreams 8086,8087
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pg = createRequire(join(root, 'bench', 'package.json'))('pg');
const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean)
  .map((a) => a.trim().split(/\s+/)).map(([k, v]) => [k, v ?? 'true']));
const REPORTS = Number(args.reports ?? 20);
const log = (...m) => console.log('[scale-out]', ...m);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const failures = [];
const check = (ok, what) => { log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures.push(what); };

async function until(what, seconds, test) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await test();
    if (value) return value;
    if (Date.now() > deadline) { check(false, `${what} within ${seconds} s`); return value; }
    await sleep(500);
  }
}

/** The SPA's stamp (web-ui/src/features/offline/utils/proof-of-work.ts), with Node's SHA-256. */
function stamp(key, bits) {
  const madeAt = Math.floor(Date.now() / 1000);
  for (let n = 0; ; n++) {
    const digest = createHash('sha256').update(`aduan:1:${madeAt}:${key}:${n.toString(36)}`).digest();
    let zeros = 0;
    for (const byte of digest) { if (byte) { zeros += Math.clz32(byte) - 24; break; } zeros += 8; }
    if (zeros >= bits) return `1:${madeAt}:${n.toString(36)}`;
  }
}

const db = new pg.Client(args.db);
await db.connect();
const query = async (sql, params) => (await db.query(sql, params)).rows;

// 1. Flyway ran each migration once, although two instances started on the empty database together.
const [history] = await query(`SELECT count(*) FILTER (WHERE NOT success)::int AS failed,
  (count(version) - count(DISTINCT version))::int AS repeated FROM flyway_schema_history`);
check(history.failed === 0 && history.repeated === 0,
  `migrations applied once each (${history.failed} failed, ${history.repeated} repeated)`);

// 2. Guests' reports through the proxy, each with a reporter of its own.
const run = randomUUID().slice(0, 8);
const filed = [];
function submit(i, key, email, bits) {
  return fetch(`${args.proxy}/api/v1/reports`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, 'X-Proof-Of-Work': stamp(key, bits) },
    body: JSON.stringify({ type: 'COMPLAINT', title: `Lampu jalan mati ${run} ${i}`,
      description: 'Lampu jalan di depan pasar mati sejak minggu lalu.', contact: { name: 'Warga', email } }),
  });
}
for (let i = 0; i < REPORTS; i++) {
  const key = randomUUID();
  const email = `scale-${run}-${i}@example.org`;
  let res = await submit(i, key, email, 18);
  // The city may ask for more work: the refusal says how much.
  if (res.status === 400) res = await submit(i, key, email, (await res.json()).proofOfWork?.requiredBits ?? 18);
  if (res.status !== 201) { check(false, `report ${i} filed through the proxy (HTTP ${res.status})`); continue; }
  filed.push({ id: (await res.json()).id, email });
}
check(filed.length === REPORTS, `${filed.length} of ${REPORTS} guest reports filed through the proxy`);
const ids = filed.map((f) => f.id);

// 3. Overdue for verification a month ago: the deadline job escalates each once (level 2 at once).
await query(`UPDATE report SET verify_due_at = now() - interval '30 days' WHERE id = ANY($1::uuid[])`, [ids]);
const escalated = async () => (await query(`SELECT report_id, count(*)::int AS n FROM report_event
  WHERE type = 'ESCALATED' AND report_id = ANY($1::uuid[]) GROUP BY report_id`, [ids]));
await until('every overdue report escalated', 90, async () => (await escalated()).length === ids.length);
await sleep(6000); // three more rounds of each instance's job
const twice = (await escalated()).filter((r) => r.n !== 1);
check((await escalated()).length === ids.length && twice.length === 0,
  `each report escalated exactly once (${twice.length} more than once)`);

// 4. Each reporter's receipt went out once, whichever instance's outbox sender took it.
const received = () => {
  const counts = new Map(filed.map((f) => [f.email, 0]));
  for (const line of readFileSync(args.recipients, 'utf8').split('\n')) {
    for (const to of line.split(' ')) if (counts.has(to)) counts.set(to, counts.get(to) + 1);
  }
  return counts;
};
await until('every receipt sent', 60, () => [...received().values()].every((n) => n >= 1));
await sleep(4000);
const extra = [...received().entries()].filter(([, n]) => n !== 1);
check(extra.length === 0, `each reporter got exactly one receipt (${extra.length} got another number)`);

// 5. Both instances served: round robin without sticky sessions spread the journeys over them.
const served = new Map(String(args.upstreams).split(',').map((p) => [`127.0.0.1:${p}`, 0]));
for (const line of readFileSync(args['access-log'], 'utf8').split('\n')) {
  const upstream = line.split(' ')[0];
  if (served.has(upstream)) served.set(upstream, served.get(upstream) + 1);
}
const total = [...served.values()].reduce((a, b) => a + b, 0);
// A log without a line of either instance proves nothing: at least 100 requests must be counted.
check(total >= 100 && [...served.values()].every((n) => n >= total * 0.3),
  `requests per instance: ${[...served.entries()].map(([u, n]) => `${u} ${n}`).join(', ')} of ${total}`);

await db.end();
if (failures.length) {
  log(`${failures.length} check(s) failed`);
  process.exit(1);
}
log('two instances behind round robin: journeys passed, jobs ran once');
