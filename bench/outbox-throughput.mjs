#!/usr/bin/env node
// How fast one API instance empties the outbox: N webhook deliveries are written straight into
// the outbox (as a burst of status changes would), a local receiver answers 204 at once, and the
// time until the last one is SENT gives deliveries per second. Run it against an API started on
// the same database with its sender on (the default); see bench/README.md.
//
// Destinations and the secret are sealed as the API seals them (ADR 0026), under --key, the API's
// ADUAN_PERSONAL_DATA_KEY (the demo key of ./aduan by default).
//
//   node bench/outbox-throughput.mjs [--db=postgresql://aduan:aduan@localhost:15432/aduan] [--count=20000] [--delay-ms=0] [--key=…]
import { createCipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const db = args.db ?? 'postgresql://aduan:aduan@localhost:15432/aduan';
const count = Number(args.count ?? 20000);
// How long the receiver takes to answer (a slow gateway or subscriber).
const delayMs = Number(args['delay-ms'] ?? 0);
const key = Buffer.from(args.key ?? 'ZGVtby1vbmx5LWtleS1mb3ItYWR1YW4tZGV2LXRlc3Q=', 'base64');

/** Tink's AES-GCM with its prefix (0x01, the key id: the first 4 bytes of the key's SHA-256), bound to table.column/row. */
function seal(plain, column, row) {
  const id = createHash('sha256').update(key).digest().subarray(0, 4);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`${column}/${row}`));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  const sealed = Buffer.concat([Buffer.from([1]), id, iv, body]).toString('base64').replace(/=+$/, '');
  return `enc2:${id.toString('hex')}:${sealed}`;
}

let received = 0;
let first = 0;
const receiver = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    received++;
    if (!first) first = Date.now();
    setTimeout(() => res.writeHead(204).end(), delayMs);
  });
});
await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
const url = `http://localhost:${receiver.address().port}/hook`;

const client = new pg.Client({ connectionString: db });
await client.connect();
const subscription = randomUUID();
await client.query(
  `INSERT INTO webhook_subscription (id, name, url, secret, event_types, active, created_at, created_by)
   VALUES ($1, 'Outbox benchmark', $2, $3, '{report.submitted}', false, now(), 'bench')`,
  [subscription, url, seal('whsec_bench', 'webhook_subscription.secret', subscription)]);
const payload = JSON.stringify({ type: 'report.submitted', sequence: 1, toStatus: 'SUBMITTED', details: {},
  report: { id: randomUUID(), trackingCode: 'BENCH001', status: 'SUBMITTED' } });
const ids = Array.from({ length: count }, () => randomUUID());
const destinations = ids.map((id) => seal(url, 'outbox.destination', id));
const t0 = Date.now();
await client.query(
  `INSERT INTO outbox (id, kind, destination, subscription_id, event_type, payload, status, attempts,
                       next_attempt_at, created_at)
   SELECT d.id, 'WEBHOOK', d.destination, $1, 'report.submitted', $2::jsonb, 'PENDING', 0, now(), now()
   FROM unnest($3::uuid[], $4::text[]) AS d (id, destination)`,
  [subscription, payload, ids, destinations]);
const written = Date.now();
console.log(`wrote ${count} deliveries in ${written - t0} ms; waiting for the sender`);

let sent = 0;
for (const until = Date.now() + 600_000; Date.now() < until;) {
  ({ rows: [{ sent }] } = await client.query(
    "SELECT count(*)::int AS sent FROM outbox WHERE subscription_id = $1 AND status = 'SENT'", [subscription]));
  if (sent >= count) break;
  await new Promise((r) => setTimeout(r, 200));
}
const done = Date.now();
const { rows: [other] } = await client.query(
  "SELECT count(*) FILTER (WHERE status = 'DEAD')::int AS dead, count(*) FILTER (WHERE status = 'PENDING')::int AS pending FROM outbox WHERE subscription_id = $1",
  [subscription]);
await client.query('DELETE FROM webhook_subscription WHERE id = $1', [subscription]);
await client.end();
receiver.close();

const seconds = (done - written) / 1000;
console.log(`sent ${sent} of ${count} (receiver saw ${received}; ${other.dead} dead, ${other.pending} pending) in ${seconds.toFixed(1)} s`
  + ` = ${Math.round(sent / seconds)} deliveries/s; first delivery ${first ? first - written : '-'} ms after the write`);
process.exit(sent >= count && received >= count ? 0 : 1);
