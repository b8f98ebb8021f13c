// The capacity runs of bench/load.mjs: `clients` closed loops sending as fast as they are answered,
// through wrk (C, from Debian's packages). The generator shares the 2 cores with the API and
// PostgreSQL: undici took 0.2 ms of CPU per request, 10-15 % of a core at the API's submission
// capacity, charged to the API's side of the API/pgbench ratio while pgbench's client is C too.
// Closed loops have no schedule to fall behind, so wrk's own coordinated omission does not matter
// for the throughput this measures; latencies at a rate come from loadgen.mjs's open model.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Cycles through `samples` requests made by `next()` for `seconds` with `clients` connections.
 * Same shape as loadgen.mjs's results: rps counts 2xx answers only.
 */
export async function wrkLoop({ origin, clients, seconds, next, samples = 2000, timeoutMs = 10_000 }) {
  const dir = mkdtempSync(join(tmpdir(), 'aduan-wrk-'));
  const script = join(dir, 'requests.lua');
  writeFileSync(script, lua(Array.from({ length: samples }, next)));
  try {
    // wrk takes whole seconds only (the smoke run asks for half of one).
    const out = await run(['-t1', `-c${clients}`, `-d${Math.max(1, Math.round(seconds))}s`, `--timeout=${Math.ceil(timeoutMs / 1000)}s`,
      '--latency', '-s', script, origin]);
    return parse(out, seconds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Every value in a Lua long string: no escaping, as long as it holds no "]==]".
const long = (s) => {
  if (String(s).includes(']==]')) throw new Error(`cannot quote for wrk: ${s}`);
  return `[==[${s}]==]`;
};

function lua(requests) {
  const rows = requests.map((r) => {
    const headers = Object.entries(r.headers ?? {}).map(([k, v]) => `[ ${long(k)} ]=${long(v)}`).join(',');
    return `{${long(r.method ?? 'GET')},${long(r.path)},${r.body == null ? 'nil' : long(r.body)},{${headers}}}`;
  });
  return `local reqs = {\n${rows.join(',\n')}\n}
local i = 0
request = function()
  i = i % #reqs + 1
  local r = reqs[i]
  return wrk.format(r[1], r[2], r[4], r[3])
end
`;
}

function run(args) {
  return new Promise((resolve, reject) => {
    const p = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { err += d; });
    p.on('error', (e) => reject(new Error(`wrk: ${e.message} (install it: apt-get install wrk)`)));
    // A script error goes to stderr, and wrk then sends GET / with exit code 0.
    p.on('close', (code) => (code === 0 && !err.trim() ? resolve(out) : reject(new Error(`wrk failed (${code}): ${err || out}`))));
  });
}

const UNIT = { us: 0.001, ms: 1, s: 1000, m: 60_000 };
const time = (text) => {
  const m = text.match(/^([\d.]+)(us|ms|s|m)$/);
  return m ? Number(m[1]) * UNIT[m[2]] : null;
};

/** wrk's report: "N requests in Ts", "Non-2xx or 3xx responses: N", socket errors, latency percentiles. */
export function parse(out, seconds) {
  const total = out.match(/(\d+) requests in ([\d.]+)(\w+)/);
  if (!total) throw new Error(`unexpected wrk output:\n${out}`);
  const requests = Number(total[1]);
  const elapsed = (time(`${total[2]}${total[3]}`) ?? seconds * 1000) / 1000;
  const non2xx = Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const socket = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const errors = socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
  const pct = (p) => time(out.match(new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm'))?.[1] ?? '');
  const max = out.match(/Latency\s+\S+\s+\S+\s+(\S+)/);
  return {
    rps: (requests - non2xx) / elapsed, sent: requests, ok: requests - non2xx, non2xx, errors,
    statuses: non2xx ? { 'non-2xx': non2xx } : {}, p50: pct(50), p90: pct(90), p99: pct(99), max: max ? time(max[1]) : null,
  };
}
