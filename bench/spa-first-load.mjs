#!/usr/bin/env node
// What a citizen's phone downloads to show the first page (the landing page) of the built SPA:
// index.html's scripts and styles, every chunk they import statically, and the landing route's
// chunk with its static imports. Sizes are gzip (level 6, what nginx and most ingresses use)
// and brotli. Exits 1 when the compressed JS + CSS exceed the budget (200 KB by default).
//
//   node bench/spa-first-load.mjs [web-ui/dist] [--budget-kb=200] [--route=landing]
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'web-ui/dist');
const budgetKb = Number(args.find((a) => a.startsWith('--budget-kb='))?.split('=')[1] ?? 200);
const route = args.find((a) => a.startsWith('--route='))?.split('=')[1] ?? 'landing';

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const routeChunk = readdirSync(join(dist, 'assets')).find((f) => f.startsWith(`${route}-`) && f.endsWith('.js'));
if (!routeChunk) throw new Error(`no chunk for route "${route}" in ${dist}/assets`);

// Follow static imports only (`import ... from "./x.js"`, `import "./x.js"`): dynamic import() is code-split.
const files = new Set();
const visit = (file) => {
  if (files.has(file)) return;
  files.add(file);
  if (!file.endsWith('.js')) return;
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.(?:js|css))["']/g)) visit(`assets/${m[1]}`);
};
[...entries, `assets/${routeChunk}`].forEach(visit);

const rows = [...files].map((file) => {
  const body = readFileSync(join(dist, file));
  return { file, raw: body.length, gzip: gzipSync(body, { level: 6 }).length, brotli: brotliCompressSync(body).length };
});
const sum = (key) => rows.reduce((n, r) => n + r[key], 0);
const kb = (n) => (n / 1024).toFixed(1).padStart(7);

console.log(`First load of the "${route}" page from ${dist}:`);
console.log(`${'file'.padEnd(48)}     raw    gzip  brotli (KB)`);
for (const r of rows.sort((a, b) => b.gzip - a.gzip)) console.log(`${r.file.padEnd(48)}${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
console.log(`${'total'.padEnd(48)}${kb(sum('raw'))} ${kb(sum('gzip'))} ${kb(sum('brotli'))}`);
const over = sum('gzip') > budgetKb * 1024;
console.log(over ? `OVER BUDGET: ${kb(sum('gzip')).trim()} KB gzip > ${budgetKb} KB` : `within budget: ${kb(sum('gzip')).trim()} KB gzip <= ${budgetKb} KB`);
process.exit(over ? 1 : 0);
