#!/usr/bin/env node
// An SMTP server that accepts every message and keeps none: the API's notices during the benchmark
// leave through its SMTP client as in production. Quarkus's mock mailer, the alternative, keeps every
// mail in memory: after ~50,000 notices the 128 MB heap was full and the API spent its time in full
// GCs, which halved the submissions' numbers from one run to the next.
//
// The bare minimum of RFC 5321 a client needs to hand over a message, and nothing it does not
// (no STARTTLS, AUTH or PIPELINING offered): the mail server is another machine in production, and
// here it shares the 2 cores with the API. The smtp-server package took 0.12 ms of CPU per message,
// 9 % of a core at the API's submission capacity.
//
//   node bench/smtp-sink.mjs --port=2526 [--recipients=FILE]
// Prints the number of messages received when it stops. With --recipients, each message's recipients
// are appended to FILE as a line (the scale-out test counts the notices each reporter got).
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const option = (name, fallback) => (process.argv.find((a) => a.startsWith(`--${name}=`)) ?? `--${name}=${fallback}`).slice(name.length + 3);
const port = Number(option('port', '2526'));
const recipientsFile = option('recipients', '');
const END = '\r\n.\r\n';
let received = 0;

const server = net.createServer((socket) => {
  socket.setEncoding('latin1');
  let data = false; // between DATA and the lone dot
  let pending = '';
  let recipients = [];
  socket.write('220 aduan-bench ESMTP sink\r\n');
  socket.on('data', (chunk) => {
    pending += chunk;
    for (;;) {
      if (data) {
        const end = pending.indexOf(END);
        if (end < 0) { pending = pending.slice(-(END.length - 1)); return; } // the end may span chunks
        pending = pending.slice(end + END.length);
        data = false;
        received += 1;
        if (recipientsFile) appendFileSync(recipientsFile, `${recipients.join(' ')}\n`);
        recipients = [];
        socket.write('250 2.0.0 Ok: kept nowhere\r\n');
        continue;
      }
      const eol = pending.indexOf('\r\n');
      if (eol < 0) return;
      const verb = pending.slice(0, Math.min(4, eol)).toUpperCase();
      if (verb === 'RCPT') recipients.push(/<([^>]*)>/.exec(pending.slice(0, eol))?.[1] ?? '');
      if (verb === 'MAIL' || verb === 'RSET') recipients = [];
      pending = pending.slice(eol + 2);
      if (verb === 'EHLO') socket.write('250-aduan-bench\r\n250 8BITMIME\r\n');
      else if (verb === 'DATA') { data = true; pending = `\r\n${pending}`; socket.write('354 End data with <CR><LF>.<CR><LF>\r\n'); }
      else if (verb === 'QUIT') { socket.end('221 2.0.0 Bye\r\n'); return; }
      else socket.write('250 2.0.0 Ok\r\n'); // HELO, MAIL, RCPT, RSET, NOOP
    }
  });
  socket.on('error', () => {});
});
server.on('error', (e) => { console.error(`smtp-sink: ${e.message}`); process.exit(1); });
server.listen(port, 'localhost', () => console.log(`smtp-sink: listening on localhost:${server.address().port}`));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.log(`smtp-sink: ${received} messages received`);
    process.exit(0);
  });
}
