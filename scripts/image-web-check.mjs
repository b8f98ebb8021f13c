#!/usr/bin/env node
// What the web UI image must serve (scripts/image.sh check): the app's page, on its routes too,
// its scripts with a type browsers accept for modules, long caching for hashed assets only, and on
// every answer the headers that keep it out of frames and other sites' sniffing, its
// Content-Security-Policy, and HSTS when the ingress says the browser came over TLS; and to a
// link-preview crawler on a public report's page, through its link-preview proxy (ADR 0028), a page
// with Open Graph tags (here the app's own: the check runs without an API).
//
//   image-web-check.mjs BASE_URL [--api=ORIGIN --keycloak=ORIGIN --tiles=ORIGIN]
//
// Without origins the image runs with its own csp.conf, which names none: the policy allows the
// app's origin only. With them, the chart's config.js and csp.conf are mounted (image.sh): the
// policy names exactly those origins, and config.js is the mounted one.
const [base, ...args] = process.argv.slice(2);
const given = Object.fromEntries(
  args.map((arg) => /^--(api|keycloak|tiles)=(.+)$/.exec(arg) ?? (() => { throw new Error(`unknown argument ${arg}`); })())
    .map(([, name, origin]) => [name, origin]),
);
const failures = [];
const expect = (ok, what) => { if (!ok) failures.push(what); };
const origins = (...names) => names.map((name) => given[name]).filter(Boolean);

// The policy, directive by directive; only Keycloak's silent check-sso page may be framed, by the app.
const policy = (frameAncestors) => ({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'blob:', ...origins('tiles', 'api')],
  'connect-src': ["'self'", ...origins('api', 'keycloak')],
  'frame-src': ["'self'", ...origins('keycloak')],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'", ...origins('keycloak')],
  'frame-ancestors': [frameAncestors],
});
const parse = (header) => Object.fromEntries(
  (header ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...sources]) => [name, sources.sort()]),
);
const samePolicy = (actual, expected) => {
  const a = parse(actual);
  return Object.keys(a).length === Object.keys(expected).length
    && Object.entries(expected).every(([name, sources]) => JSON.stringify(a[name]) === JSON.stringify([...sources].sort()));
};
const HSTS = 'max-age=31536000; includeSubDomains';

/** The security headers of one answer, and HSTS only behind TLS. */
async function checkHeaders(path, { status = 200, framedBy = 'none' } = {}) {
  const res = await fetch(`${base}${path}`);
  expect(res.status === status, `${path} answers ${res.status}, not ${status}`);
  const csp = res.headers.get('content-security-policy');
  expect(samePolicy(csp, policy(framedBy === 'self' ? "'self'" : "'none'")), `${path}: Content-Security-Policy is "${csp}"`);
  expect(res.headers.get('x-frame-options') === (framedBy === 'self' ? 'SAMEORIGIN' : 'DENY'), `${path}: X-Frame-Options`);
  expect(res.headers.get('x-content-type-options') === 'nosniff', `${path} has no nosniff`);
  expect(res.headers.get('referrer-policy') === 'no-referrer', `${path} has no Referrer-Policy`);
  expect(!res.headers.has('strict-transport-security'), `${path}: HSTS over plain HTTP`);
  for (const [proto, hsts] of [['http', null], ['https', HSTS]]) {
    const behind = await fetch(`${base}${path}`, { headers: { 'X-Forwarded-Proto': proto } });
    expect(behind.headers.get('strict-transport-security') === hsts, `${path} with X-Forwarded-Proto: ${proto}: HSTS is "${behind.headers.get('strict-transport-security')}"`);
  }
  return res;
}

/** Scripts come from files only: an inline one would be refused by script-src 'self'. */
const noInlineCode = (html, path) => {
  expect([...html.matchAll(/<script\b[^>]*>/g)].every(([tag]) => /\ssrc=/.test(tag)), `${path} has an inline script`);
  expect(!/<style\b|\sstyle=/.test(html), `${path} has an inline style`);
};

const page = await checkHeaders('/');
const html = await page.text();
noInlineCode(html, '/');
expect(/text\/html/.test(page.headers.get('content-type')), '/ is the HTML page');
expect(page.headers.get('cache-control') === 'no-cache', '/ is revalidated on every load');
const route = await checkHeaders('/laporan-saya');
expect((await route.text()) === html, 'a route of the app is answered with its page');
const script = /<script[^>]+src="([^"]*\/assets\/[^"]+\.js)"/.exec(html)?.[1];
expect(Boolean(script), 'the page names its script');
if (script) {
  const js = await checkHeaders(script);
  expect(/text\/javascript/.test(js.headers.get('content-type')), `${script} is JavaScript`);
  expect(/immutable/.test(js.headers.get('cache-control') ?? ''), `${script} is cached as immutable`);
}
await checkHeaders('/assets/not-there.js', { status: 404 });
// A crawler's request goes through the proxy to the API (here named by the chart's /etc/hosts, or the
// image's own default, as this nginx itself): it must start, resolve and answer with tags to read.
const crawler = await fetch(`${base}/laporan-publik/K7PX4M9Q`, { headers: { 'User-Agent': 'WhatsApp/2.23.20.0 A' } });
const preview = await crawler.text();
expect(crawler.status === 200 && /<meta property="og:title" content="[^"]+"/.test(preview), `a crawler on /laporan-publik/K7PX4M9Q gets ${crawler.status} without og:title`);
expect(crawler.headers.get('vary') === 'User-Agent', `a crawler's answer varies by "${crawler.headers.get('vary')}", not User-Agent`);
expect(/og:title/.test(html), 'the app\'s page has no Open Graph tags of its own');
const silent = await checkHeaders('/silent-check-sso.html', { framedBy: 'self' });
noInlineCode(await silent.text(), '/silent-check-sso.html');
for (const file of ['/config.js', '/sw.js', '/manifest.webmanifest', '/silent-check-sso.js']) {
  const res = await checkHeaders(file);
  expect(res.headers.get('cache-control') === 'no-cache', `${file} is revalidated`);
  if (file.endsWith('.js')) expect(/text\/javascript/.test(res.headers.get('content-type')), `${file} is not JavaScript`);
  if (file === '/config.js' && given.api) {
    const config = await res.text();
    expect(config.includes(given.api) && config.includes(given.keycloak), `/config.js is not the mounted one: ${config}`);
  }
}
if (failures.length) {
  console.error(`web-ui image: ${failures.join('; ')}`);
  process.exit(1);
}
const named = Object.keys(given).length ? `, naming ${Object.values(given).join(', ')}` : ', naming no other origin';
console.log(`web-ui image: page, routes, scripts, caching, security headers, CSP${named}, HSTS behind TLS only, and a crawler's link preview, as expected`);
