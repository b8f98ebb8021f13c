// The load generator of bench/load.mjs: an open model (requests sent on a fixed schedule,
// whatever the API's answers do). Its closed loops (capacity) are wrk's (wrk.mjs).
//
// Why not autocannon's -R: it is not an open model. Each connection sends back to back until it has
// made its share of the second's requests, then waits for the next second, so the whole second's
// load arrives as a burst at its start; and its coordinated-omission correction assumes one request
// every ceil(1000 / share) ms... of 1 ms, so it adds dozens of made-up samples to every answer slower
// than 1 ms. Measured on the tracking scenario at 200/s: p50 33 ms / p99 258 ms with 100
// connections, 3 / 16 ms with 16, 1 / 8 ms with 4, for the same API.
//
// Here, as in wrk2 and Gatling's open injection, request i is due at start + i / rate and its latency
// is counted from that moment, not from when it was actually sent: when the API (or this process)
// falls behind, the wait is in the numbers (no coordinated omission). Connections are opened as
// needed, so a slow answer never holds back the next request. `lag` reports how late this process
// sent (its own share of the latencies); it should stay at a few ms.
import { Pool } from 'undici';
import hdr from 'hdr-histogram-js';

const histogram = () => hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 120_000_000, numberOfSignificantValueDigits: 3 });
const ms = (us) => us / 1000;

/** Sends `next()`'s requests at `rate` per second for `seconds`; latencies from each one's due time. */
export async function openLoop({ origin, rate, seconds, next, maxInFlight = 5000, timeoutMs = 10_000 }) {
  const pool = new Pool(origin, { connections: maxInFlight, pipelining: 1, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  const latency = histogram();
  const lag = histogram();
  const total = Math.round(rate * seconds);
  const out = { sent: 0, ok: 0, non2xx: 0, errors: 0, dropped: 0, statuses: {} };
  let inFlight = 0;
  const start = performance.now();
  const pending = [];
  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (out.sent + out.dropped < total) {
        const i = out.sent + out.dropped;
        const due = start + (i * 1000) / rate;
        if (due > now) break;
        if (inFlight >= maxInFlight) { out.dropped++; continue; } // counted as errors: the API stopped answering
        lag.recordValue(Math.max(1, Math.round((now - due) * 1000)));
        out.sent++;
        inFlight++;
        pending.push(send(pool, next(), timeoutMs).then((status) => {
          latency.recordValue(Math.max(1, Math.round((performance.now() - due) * 1000)));
          count(out, status);
        }, () => { out.errors++; }).finally(() => { inFlight--; }));
      }
      if (out.sent + out.dropped < total) setTimeout(tick, Math.max(0, Math.min(5, start + ((out.sent + out.dropped) * 1000) / rate - now)));
      else resolve();
    };
    tick();
  });
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  await pool.close();
  return summary(out, latency, elapsed, { lagP99: ms(lag.getValueAtPercentile(99)), lagMax: ms(lag.maxValue) });
}

async function send(pool, req, timeoutMs) {
  const res = await pool.request({ method: req.method ?? 'GET', path: req.path, headers: req.headers, body: req.body,
    signal: AbortSignal.timeout(timeoutMs) });
  await res.body.arrayBuffer(); // read it all: the answer's size and serialisation are part of the cost
  return res.statusCode;
}

function count(out, status) {
  if (status >= 200 && status < 300) out.ok++;
  else out.non2xx++;
  out.statuses[status] = (out.statuses[status] ?? 0) + 1;
}

function summary(out, latency, elapsed, extra) {
  return {
    rps: out.ok / elapsed, sent: out.sent, ok: out.ok, non2xx: out.non2xx, errors: out.errors + out.dropped,
    statuses: out.statuses, p50: ms(latency.getValueAtPercentile(50)), p90: ms(latency.getValueAtPercentile(90)),
    p99: ms(latency.getValueAtPercentile(99)), max: ms(latency.maxValue), ...extra,
  };
}
