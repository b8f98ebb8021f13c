#!/usr/bin/env node
// The outbox survives a real crash and a receiver outage: nothing is lost, and what is sent twice
// is only what was in flight when the process died (delivery is at least once, ADR 0012).
//
// It starts the packaged API itself (to kill it with SIGKILL), subscribes a local receiver to
// report.submitted, files reports as a guest, kills the API while deliveries are in flight, lets
// the receiver fail for a while, restarts the API, and checks every delivery against the reports.
// The database, Keycloak and the API's settings come from the environment that `./aduan test`
// exports (QUARKUS_*); no dependency beyond Node.
//
// The whole test has a time limit (--timeout, seconds): a hang anywhere (an API that never answers,
// deliveries that stop) fails it, with the API killed, instead of holding up the run.
//
//   node scripts/outbox-crash-test.mjs --jar api/target/quarkus-app/quarkus-run.jar [--port 8084] [--reports 150] [--timeout 480]
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';

const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean)
  .map((a) => a.trim().split(/\s+/)).map(([k, v]) => [k, v ?? 'true']));
const jar = args.jar ?? 'api/target/quarkus-app/quarkus-run.jar';
const port = Number(args.port ?? 8084);
const reports = Number(args.reports ?? 150);
// Two API starts (each allowed 120 s below) and the 120 s allowed for recovery, with room to spare;
// a passing run takes about a minute here.
const timeoutSeconds = Number(args.timeout ?? 480);
const api = `http://localhost:${port}`;
const realm = process.env.QUARKUS_OIDC_AUTH_SERVER_URL;
if (!realm) throw new Error('QUARKUS_OIDC_AUTH_SERVER_URL is not set: run through ./aduan test');

const log = (...m) => console.log('[outbox-crash]', ...m);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fail = (message) => { log('FAIL:', message); stopApi('SIGKILL'); process.exit(1); };
const limit = setTimeout(() => fail(`not finished within ${timeoutSeconds} s (a hang: see the step logged last)`),
  timeoutSeconds * 1000);

// --- a receiver that records every delivery, slow enough to be caught mid-flight ---
const deliveries = []; // { id, reportId, status, valid, at }
let answer = 200;
let secret = '';
const receiver = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    const body = Buffer.concat(chunks);
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]+)$/.exec(req.headers['x-aduan-signature'] ?? '') ?? [];
    const expected = createHmac('sha256', secret).update(`${t}.`).update(body).digest('hex');
    const status = answer;
    await sleep(300);
    deliveries.push({ id: req.headers['x-aduan-delivery'], reportId: JSON.parse(body).report.id, status,
      valid: v1 === expected, at: Date.now() });
    res.writeHead(status).end();
  });
});
await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
const hook = `http://localhost:${receiver.address().port}/hook`;

// --- the API, started and killed by this script ---
let apiProcess = null;
async function startApi() {
  apiProcess = spawn('java', ['-Xmx256m', '-jar', jar], {
    env: { ...process.env, QUARKUS_HTTP_PORT: String(port), ADUAN_DEMO_DATA: 'false',
      // Short lease and retries: the test waits seconds, not the production minutes.
      ADUAN_OUTBOX_EVERY: '500ms', ADUAN_OUTBOX_LEASE: '5s', ADUAN_OUTBOX_FIRST_RETRY: '1s', ADUAN_OUTBOX_MAX_RETRY: '2s',
      ADUAN_OUTBOX_BATCH: '20', ADUAN_FACTS_BACKFILL_EVERY: 'off', ADUAN_DEADLINE_JOB_EVERY: 'off',
      // Every report comes from this one address, faster than a citizen would send them.
      ADUAN_RATE_LIMITS_SUBMISSIONS_PER_ADDRESS: 'off', ADUAN_ANTI_SPAM_PROOF_OF_WORK_BITS: '0' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 240; i++) {
    if (apiProcess.exitCode !== null) fail('the API exited at startup');
    try {
      if ((await fetch(`${api}/q/health/ready`)).ok) return;
    } catch { /* not up yet */ }
    await sleep(500);
  }
  fail('the API did not become ready');
}
function stopApi(signal) {
  if (apiProcess && apiProcess.exitCode === null) apiProcess.kill(signal);
}
const exited = () => new Promise((r) => (apiProcess.exitCode !== null ? r() : apiProcess.once('exit', r)));

let token = { value: '', at: 0 };
/** The admin's token, reused for a minute (it lives five; logins are slow on purpose). */
async function adminToken() {
  if (Date.now() - token.at < 60_000) return token.value;
  const form = new URLSearchParams({ grant_type: 'password', client_id: 'aduan-test', username: 'admin1', password: 'admin1' });
  const res = await fetch(`${realm}/protocol/openid-connect/token`, { method: 'POST', body: form });
  if (!res.ok) fail(`no admin token: ${res.status}`);
  token = { value: (await res.json()).access_token, at: Date.now() };
  return token.value;
}
async function asAdmin(method, path, body) {
  const res = await fetch(`${api}${path}`, { method, headers: { Authorization: `Bearer ${await adminToken()}`,
    'Content-Type': 'application/json' }, body: body && JSON.stringify(body) });
  if (!res.ok) fail(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}
async function outboxOf(subscription, status) {
  const rows = [];
  let cursor = '';
  do {
    const page = await asAdmin('GET', `/api/v1/admin/outbox?status=${status}&kind=WEBHOOK&size=100${cursor && `&cursor=${cursor}`}`);
    rows.push(...page.items.filter((m) => m.subscriptionId === subscription));
    cursor = page.nextCursor ?? '';
  } while (cursor);
  return rows;
}

await startApi();
const created = await asAdmin('POST', '/api/v1/admin/webhooks', { name: 'Crash test', url: hook, eventTypes: ['report.submitted'] });
secret = created.secret;
log(`API on ${api}, receiver on ${hook}; filing ${reports} reports`);

// File every report first (eight at a time), then kill the sender a third of the way through
// their deliveries, while a batch is in flight.
const filed = [];
let next = 0;
await Promise.all(Array.from({ length: 8 }, async () => {
  while (next < reports) {
    const i = next++;
    const res = await fetch(`${api}/api/v1/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'COMPLAINT', title: `Uji crash outbox ${i}`, description: 'Laporan uji ketahanan outbox saat proses mati.' }) });
    if (res.status !== 201) fail(`filing a report: ${res.status}`);
    filed.push((await res.json()).id);
  }
}));
// Deliveries must come: a sender that stopped would otherwise be waited for until the time limit.
for (const until = Date.now() + 60_000; deliveries.length < reports / 3; await sleep(10)) {
  if (apiProcess.exitCode !== null) fail('the API exited before a third of the reports were delivered');
  if (Date.now() > until) fail(`only ${deliveries.length} of ${filed.length} reports delivered within 60 s`);
}
stopApi('SIGKILL');
await exited();
const beforeKill = deliveries.length;
log(`killed the API (SIGKILL) after ${beforeKill} of ${filed.length} deliveries`);

answer = 503; // the receiver is down when the sender comes back
await startApi();
// Down until the restarted sender has been refused a few times (its first round waits 3 s).
for (const until = Date.now() + 30_000; Date.now() < until && deliveries.filter((d) => d.status === 503).length < 5;) {
  await sleep(100);
}
const failedWhileDown = deliveries.filter((d) => d.status === 503).length;
answer = 200;
log(`receiver refused ${failedWhileDown} deliveries while down, now answers again`);

const started = Date.now();
let pending = [];
for (;;) {
  pending = await outboxOf(created.id, 'PENDING');
  if (pending.length === 0) break;
  if (Date.now() - started > 120_000) fail(`${pending.length} deliveries still pending after 2 minutes`);
  await sleep(1000);
}
const dead = await outboxOf(created.id, 'DEAD');
const sent = await outboxOf(created.id, 'SENT');
const delivered = new Map();
for (const d of deliveries.filter((x) => x.status === 200)) delivered.set(d.id, (delivered.get(d.id) ?? 0) + 1);
const reportsDelivered = new Set(deliveries.filter((d) => d.status === 200).map((d) => d.reportId));
const lost = filed.filter((id) => !reportsDelivered.has(id));
const twice = [...delivered.values()].filter((n) => n > 1).length;

log(`recovered in ${((Date.now() - started) / 1000).toFixed(1)} s: ${sent.length} sent, ${dead.length} dead, `
  + `${reportsDelivered.size} reports delivered, ${twice} delivered twice`);
if (dead.length) fail(`${dead.length} deliveries went dead`);
if (lost.length) fail(`${lost.length} filed reports never reached the receiver: ${lost.slice(0, 5).join(', ')}`);
if (sent.some((m) => !delivered.has(m.id))) fail('a delivery is marked SENT but the receiver never accepted it');
if (deliveries.some((d) => !d.valid)) fail('a delivery carried a wrong signature');
// Only what the killed sender had claimed (one batch) can have been accepted without being recorded.
if (twice > 20) fail(`${twice} deliveries arrived twice, more than the one batch in flight at the kill`);
if (failedWhileDown === 0) fail('the receiver outage was not exercised');

await asAdmin('DELETE', `/api/v1/admin/webhooks/${created.id}`);
stopApi('SIGTERM');
await exited();
receiver.close();
clearTimeout(limit);
log('PASS: nothing lost; repeats limited to the batch in flight at the kill');
process.exit(0); // nothing left open (a client's keep-alive socket) may hold it past its time limit
