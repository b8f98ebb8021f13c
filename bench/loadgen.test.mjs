// The load generator's own check (`node --test bench/`, run by ./aduan test): a server that stops
// answering for half a second must show in the open model's latencies as every request that fell
// due meanwhile waiting (coordinated omission would record one slow request and hide the rest).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openLoop, closedLoop } from './loadgen.mjs';

if (process.argv[2] === 'stalling-server') {
  // In its own process, so that the stall does not stop the load generator's clock.
  const server = http.createServer((req, res) => res.end('ok')).listen(0, () => process.send(server.address().port));
  process.on('message', (ms) => { const t = Date.now(); while (Date.now() - t < ms); process.send('stalled'); });
} else {
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
      const c = await closedLoop({ origin: `http://localhost:${port}`, clients: 4, seconds: 1, next: () => ({ path: '/' }) });
      assert.ok(c.ok > 100 && c.errors === 0, `closed loops send as fast as answered (${c.ok} in 1 s)`);
    } finally {
      child.kill();
    }
  });
}
