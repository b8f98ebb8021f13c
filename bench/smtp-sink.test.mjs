// The benchmark's SMTP sink (smtp-sink.mjs) takes whole messages, however the client's writes split them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

test('two messages on one connection, the end of data split across writes', async () => {
  const recipients = join(mkdtempSync(join(tmpdir(), 'sink-')), 'recipients');
  // Port 0: the system picks a free one, which the sink prints.
  const sink = spawn(process.execPath, [fileURLToPath(new URL('./smtp-sink.mjs', import.meta.url)), '--port=0',
    `--recipients=${recipients}`], { stdio: ['ignore', 'pipe', 'inherit'] });
  let log = '';
  sink.stdout.on('data', (d) => { log += d; });
  const port = await new Promise((resolve, reject) => {
    sink.stdout.once('data', (d) => resolve(Number(/:(\d+)/.exec(String(d))?.[1])));
    sink.once('exit', (code) => reject(new Error(`the sink exited (${code}) before listening`)));
  });
  const socket = net.connect(port, 'localhost');
  let replies = '';
  socket.on('data', (d) => { replies += d; });
  const said = (n) => new Promise((resolve) => {
    const check = () => (replies.split('\r\n').length - 1 >= n ? resolve() : setTimeout(check, 5));
    check();
  });
  await said(1);
  socket.write('EHLO bench\r\nMAIL FROM:<a@aduan.test>\r\nRCPT TO:<b@aduan.test>\r\nDATA\r\n');
  await said(6); // greeting, two EHLO lines, MAIL, RCPT, DATA
  socket.write('Subject: satu\r\n\r\nbaris\r\n..titik\r\n\r');
  socket.write('\n.');
  socket.write('\r\nRSET\r\nMAIL FROM:<a@aduan.test>\r\nRCPT TO:<c@aduan.test>\r\nRCPT TO:<d@aduan.test>\r\nDATA\r\n');
  await said(12);
  socket.write('Subject: dua\r\n\r\n.\r\nQUIT\r\n');
  await new Promise((resolve) => socket.on('end', resolve));
  sink.kill('SIGTERM');
  await new Promise((resolve) => sink.on('exit', resolve));
  const codes = replies.trim().split('\r\n').map((l) => l.slice(0, 3));
  assert.deepEqual(codes, ['220', '250', '250', '250', '250', '354', '250', '250', '250', '250', '250', '354', '250', '221']);
  assert.match(log, /2 messages received/);
  // Each message's recipients, a line per message.
  assert.equal(readFileSync(recipients, 'utf8'), 'b@aduan.test\nc@aduan.test d@aduan.test\n');
});
