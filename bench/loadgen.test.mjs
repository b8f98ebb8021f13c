// The load generator's own check (`node --test bench/`, run by ./aduan test): a server that stops
// answering for half a second must show in the open model's latencies as every request that fell
// due meanwhile waiting (coordinated omission would record one slow request and hide the rest).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openLoop } from './loadgen.mjs';
import { wrkLoop } from './wrk.mjs';

if (process.argv[2] === 'stalling-server') {
  // In its own process, so that the stall does not stop the load generator's clock.
  const server = http.createServer((req, res) => res.end('ok')).listen(0, () => process.send(server.address().port));
  process.on('message', (ms) => { const t = Date.now(); while (Date.now() - t < ms); process.send('stalled'); });
} else {
  test('wrk sends each request as made, and counts what was not a 2xx', async () => {
    const seen = new Map();
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => {
        const key = `${req.method} ${req.url} ${req.headers.authorization} ${body}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
        res.statusCode = req.url === '/fails' ? 503 : 201;
        res.end('{}');
      });
    }).listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      let n = 0;
      const next = () => (++n % 4 === 0 ? { path: '/fails' }
        : { method: 'POST', path: '/reports', headers: { authorization: 'Bearer t"1' }, body: `{"title":"Jalan [${n % 4}]"}` });
      const r = await wrkLoop({ origin: `http://localhost:${server.address().port}`, clients: 2, seconds: 1, next, samples: 4 });
      assert.ok(r.sent > 100, `${r.sent} requests in 1 s`);
      assert.equal(r.errors, 0);
      // Every fourth request fails; requests in flight when wrk stops reach the server but not the count.
      const fails = seen.get('GET /fails undefined ') ?? 0;
      assert.ok(Math.abs(r.non2xx - fails) <= 2 && Math.abs(r.non2xx - r.sent / 4) <= 2, `${r.non2xx} of ${r.sent} failed`);
      assert.equal(r.ok, r.sent - r.non2xx);
      assert.ok(r.rps > 0 && r.p99 >= r.p50, `p50 ${r.p50} ms, p99 ${r.p99} ms`);
      for (const i of [1, 2, 3]) assert.ok(seen.get(`POST /reports Bearer t"1 {"title":"Jalan [${i}]"}`) > 0, `request ${i} sent as made`);
    } finally {
      server.close();
    }
  });

  test('a stalled server delays every request due during the stall', async () => {
    const child = fork(fileURLToPath(import.meta.url), ['stalling-server']);
    const port = await new Promise((resolve) => child.once('message', resolve));
    try {
      setTimeout(() => child.send(500), 1000); // from 1 s to 1.5 s of a 3 s run at 100/s
      const r = await openLoop({ origin: `http://localhost:${port}`, rate: 100, seconds: 3, next: () => ({ path: '/' }) });
      assert.equal(r.ok, 300);
      assert.equal(r.errors, 0);
      assert.ok(r.p50 < 50, `most requests are fast (p50 ${r.p50} ms)`);
      // About 50 of 300 fell due during the stall and waited up to 500 ms: the p90 and p99 show it.
      assert.ok(r.p90 > 100, `p90 ${r.p90} ms includes the wait`);
      assert.ok(r.p99 > 400 && r.p99 < 1000, `p99 ${r.p99} ms is the stall`);
    } finally {
      child.kill();
    }
  });
}
