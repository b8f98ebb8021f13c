#!/usr/bin/env node
// Statelessness (issue 9): run after the end-to-end journeys have passed through two API instances
// behind a plain round-robin nginx, both started at once on an empty database. Checks that
//   - both instances answered the journeys (nginx's access log names the upstream of each request);
//   - the migrations ran once (Flyway's lock: no failed or repeated version);
//   - the deadline job, every 2 s in both instances, competes for its advisory lock and does its work
//     once: while this check holds the lock itself, no report is escalated and each instance logs
//     runs that skipped (so an instance that ignored the lock fails here, although the rows' own
//     locks would still escalate each report once); once it lets go, each instance takes the lock,
//     the reports filed through the proxy and made overdue are escalated once each, and the
//     escalations the instances log are those the database holds;
//   - the outbox senders of both instances ran, and each reporter's receipt left through
//     SMTP once: checked after the lease (seconds here, ADUAN_OUTBOX_LEASE) has run out, so that a
//     message sent but not recorded, and sent again once its lease expired, shows up; each receipt's
//     outbox row is SENT at its first attempt, with a lease no longer than --lease-seconds.
// The instances log their job runs at DEBUG (id.aduan.report.DeadlineService,
// id.aduan.outbox.OutboxSender; ./aduan test turns it on for these two).
// Guests' reports carry their proof of work (ADR 0021), made here as the SPA makes it.
//
//   node scripts/scale-out-check.mjs --proxy URL --db URL --access-log FILE --recipients FILE \
//     --upstreams 8086,8087 --logs api-a.log,api-b.log [--lease-seconds 6]
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pg = createRequire(join(root, 'bench', 'package.json'))('pg');
const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean)
  .map((a) => a.trim().split(/\s+/)).map(([k, v]) => [k, v ?? 'true']));
const REPORTS = Number(args.reports ?? 20);
const LEASE_SECONDS = Number(args['lease-seconds'] ?? 6);
const upstreams = String(args.upstreams).split(',');
const logs = String(args.logs ?? '').split(',').filter(Boolean);
if (logs.length !== upstreams.length) throw new Error('--logs names one API log per upstream, in the same order');
/** DeadlineService.LOCK_KEY: the deadline job's advisory lock. */
const DEADLINE_LOCK = String(0x4164_7561_6E01);
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

// --- the instances' logs: what each one's jobs did ---
// DeadlineService.run, each run: "Deadline job: took the lock; N closed, M escalated" (M: reports that
// got an ESCALATED event) or "Deadline job: skipped, another instance holds the lock";
// OutboxSender.sendDue, each round, empty ones too: "Outbox round: claimed N, sent M".
const TOOK = /Deadline job: took the lock; (\d+) closed, (\d+) escalated/;
const SKIPPED = /Deadline job: skipped, another instance holds the lock/;
const ROUND = /Outbox round: claimed (\d+), sent (\d+)/;
const where = () => logs.map((f) => statSync(f).size);
/** Per instance, the lines of its log written since `from` (byte offsets, one per log). */
function since(from) {
  return logs.map((f, i) => readFileSync(f).subarray(from[i]).toString('utf8').split('\n'));
}
function jobs(from) {
  return since(from).map((lines) => ({
    took: lines.filter((l) => TOOK.test(l)).length,
    skipped: lines.filter((l) => SKIPPED.test(l)).length,
    escalated: lines.map((l) => TOOK.exec(l)).filter(Boolean).reduce((n, m) => n + Number(m[2]), 0),
    rounds: lines.filter((l) => ROUND.test(l)).length,
    claimed: lines.map((l) => ROUND.exec(l)).filter(Boolean).reduce((n, m) => n + Number(m[1]), 0),
  }));
}
const each = (counts, key) => counts.map((c, i) => `${upstreams[i]} ${c[key]}`).join(', ');
const start = logs.map(() => 0);
const logged = jobs(start);
if (logged.every((c) => c.took + c.skipped === 0)) {
  check(false, `the instances log their deadline-job runs (no "Deadline job: took the lock / skipped" line in ${logs.join(', ')}:`
    + ' DeadlineService.run must log them at DEBUG, and ./aduan test turn DEBUG on for id.aduan.report)');
}

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

// 3. Overdue for verification a month ago: the deadline job escalates each once (level 2 at once),
// but only once this check, holding the job's advisory lock meanwhile, lets go of it.
const escalated = async () => (await query(`SELECT report_id, count(*)::int AS n FROM report_event
  WHERE type = 'ESCALATED' AND report_id = ANY($1::uuid[]) GROUP BY report_id`, [ids]));
const holder = new pg.Client(args.db);
await holder.connect();
await holder.query("SET lock_timeout = '30s'"); // a run holds it for milliseconds, not for this long
await holder.query('SELECT pg_advisory_lock($1::bigint)', [DEADLINE_LOCK]); // waits for a run in progress
await sleep(1000); // a run that ended just before logs its line after its commit
const held = where();
await query(`UPDATE report SET verify_due_at = now() - interval '30 days' WHERE id = ANY($1::uuid[])`, [ids]);
await sleep(7000); // three rounds of each instance's job
const whileHeld = jobs(held);
check((await escalated()).length === 0,
  `no report escalated while this check held the deadline job's lock (${(await escalated()).length} of ${ids.length} were)`);
check(whileHeld.every((c) => c.skipped >= 1 && c.took === 0),
  `each instance's deadline job skipped its runs while the lock was held elsewhere (skipped: ${each(whileHeld, 'skipped')};`
  + ` took the lock: ${each(whileHeld, 'took')})`);
// Where the logs stand and the database's time, both before letting go: every escalation from here on
// comes from a run that took the lock after this point.
const released = where();
const [{ at: releasedAt }] = await query('SELECT now() AS at');
await holder.query('SELECT pg_advisory_unlock($1::bigint)', [DEADLINE_LOCK]);
await holder.end();
await until('every overdue report escalated', 90, async () => (await escalated()).length === ids.length);
await until('each instance took the deadline job\'s lock', 30, () => jobs(released).every((c) => c.took >= 1));
await sleep(6000); // three more rounds of each instance's job
const twice = (await escalated()).filter((r) => r.n !== 1);
check((await escalated()).length === ids.length && twice.length === 0,
  `each report escalated exactly once (${twice.length} more than once)`);
const afterRelease = jobs(released);
check(afterRelease.every((c) => c.took >= 1), `each instance ran the deadline job (took the lock: ${each(afterRelease, 'took')})`);
// What the instances say they escalated is what the database holds (a run logs after its commit).
const stored = async () => (await query(`SELECT count(*)::int AS n FROM report_event WHERE type = 'ESCALATED' AND at >= $1`,
  [releasedAt]))[0].n;
let logSum = 0;
let dbSum = 0;
await until('the escalations logged match those stored', 10, async () => {
  dbSum = await stored();
  logSum = jobs(released).reduce((n, c) => n + c.escalated, 0);
  return logSum === dbSum;
});
check(logSum === dbSum && logSum >= ids.length,
  `escalations logged by the instances since the lock was released: ${each(jobs(released), 'escalated')}; stored: ${dbSum}`);

// 4. Each reporter's receipt went out once, whichever instance's outbox sender took it.
const received = () => {
  const counts = new Map(filed.map((f) => [f.email, 0]));
  for (const line of readFileSync(args.recipients, 'utf8').split('\n')) {
    for (const to of line.split(' ')) if (counts.has(to)) counts.set(to, counts.get(to) + 1);
  }
  return counts;
};
await until('every receipt sent', 60, () => [...received().values()].every((n) => n >= 1));
// Past the lease and two of each sender's rounds: a receipt sent but not recorded as sent would be
// claimed and sent again by then.
await sleep((LEASE_SECONDS + 3) * 1000);
const extra = [...received().entries()].filter(([, n]) => n !== 1);
check(extra.length === 0, `each reporter got exactly one receipt, ${LEASE_SECONDS + 3} s after the last arrived`
  + ` (${extra.length} got another number)`);
const rows = await query(`SELECT count(*)::int AS n,
    count(*) FILTER (WHERE status <> 'SENT')::int AS unsent,
    count(*) FILTER (WHERE attempts <> 1)::int AS retried,
    coalesce(max(extract(epoch FROM next_attempt_at - sent_at)), 0)::float AS lease
  FROM outbox WHERE kind = 'EMAIL' AND report_id = ANY($1::uuid[])`, [ids]);
check(rows[0].n >= ids.length && rows[0].unsent === 0 && rows[0].retried === 0,
  `the receipts' outbox rows are SENT at their first attempt (${rows[0].n} rows: ${rows[0].unsent} not sent,`
  + ` ${rows[0].retried} claimed more than once)`);
// A claim leases a row until now + lease (next_attempt_at), then records it sent: with the production
// lease of minutes, a repeat after its expiry would come long after this check ends.
check(rows[0].lease > 0 && rows[0].lease <= LEASE_SECONDS + 1,
  `the senders ran with a lease of seconds (${rows[0].lease.toFixed(1)} s from sending to the lease's end; at most ${LEASE_SECONDS} s expected)`);
// Which instance claims a message depends on whose round comes first: both run, neither need win any.
const outbox = jobs(start);
check(outbox.every((c) => c.rounds > 0),
  `each instance's outbox sender ran (rounds: ${each(outbox, 'rounds')}; messages claimed: ${each(outbox, 'claimed')})`
  + (outbox.every((c) => c.rounds === 0) ? ': OutboxSender.sendDue must log each round at DEBUG ("Outbox round: claimed N, sent M")' : ''));

// 5. Both instances served: round robin without sticky sessions spread the journeys over them.
const served = new Map(upstreams.map((p) => [`127.0.0.1:${p}`, 0]));
for (const line of readFileSync(args['access-log'], 'utf8').split('\n')) {
  const upstream = line.split(' ')[0];
  if (served.has(upstream)) served.set(upstream, served.get(upstream) + 1);
}
const total = [...served.values()].reduce((a, b) => a + b, 0);
// A log without a line of either instance proves nothing: at least 100 requests must be counted, each
// instance above zero and at least 30 % of them.
check(total >= 100 && [...served.values()].every((n) => n > 0 && n >= total * 0.3),
  `requests per instance: ${[...served.entries()].map(([u, n]) => `${u} ${n}`).join(', ')} of ${total}`);

await db.end();
if (failures.length) {
  log(`${failures.length} check(s) failed`);
  process.exit(1);
}
log('two instances behind round robin: journeys passed; both ran the jobs, which did their work once');
