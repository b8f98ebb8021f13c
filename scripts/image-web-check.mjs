#!/usr/bin/env node
// What the web UI image must serve (scripts/image.sh check): the app's page, on its routes too,
// its scripts with a type browsers accept for modules, long caching for hashed assets only, and
// the headers that keep it out of frames and other sites' sniffing.
const base = process.argv[2];
const failures = [];
const expect = (ok, what) => { if (!ok) failures.push(what); };

const page = await fetch(`${base}/`);
const html = await page.text();
expect(page.status === 200 && /text\/html/.test(page.headers.get('content-type')), '/ is the HTML page');
expect(page.headers.get('cache-control') === 'no-cache', '/ is revalidated on every load');
expect(page.headers.get('x-frame-options') === 'DENY', '/ refuses frames');
expect(page.headers.get('x-content-type-options') === 'nosniff', '/ has nosniff');
const route = await fetch(`${base}/laporan-saya`);
expect(route.status === 200 && (await route.text()) === html, 'a route of the app is answered with its page');
const script = /<script[^>]+src="([^"]*\/assets\/[^"]+\.js)"/.exec(html)?.[1];
expect(Boolean(script), 'the page names its script');
if (script) {
  const js = await fetch(new URL(script, `${base}/`));
  expect(js.status === 200 && /text\/javascript/.test(js.headers.get('content-type')), `${script} is JavaScript`);
  expect(/immutable/.test(js.headers.get('cache-control') ?? ''), `${script} is cached as immutable`);
}
for (const file of ['/config.js', '/sw.js', '/manifest.webmanifest']) {
  const res = await fetch(`${base}${file}`);
  expect(res.status === 200 && res.headers.get('cache-control') === 'no-cache', `${file} is served and revalidated`);
}
if (failures.length) {
  console.error(`web-ui image: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('web-ui image: page, routes, scripts, caching and headers as expected');
