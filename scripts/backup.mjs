#!/usr/bin/env node
// A hot, physical backup of a PostgreSQL on this machine, and its restore into an empty data
// directory: what pg_basebackup does, with the low-level API (pg_backup_start/pg_backup_stop)
// because the project's PostgreSQL binaries come without pg_basebackup and pg_dump (ADR 0019).
// The API keeps running; the copy is consistent as of the end of the backup, when PostgreSQL
// replays the WAL written meanwhile on its first start.
//
//   node scripts/backup.mjs backup  --db=postgresql://aduan:aduan@localhost:15432/aduan --out=DIR
//   node scripts/backup.mjs restore --from=DIR --data=EMPTY_DATA_DIR
//
// DIR gets base.tar.gz (the data directory), wal.tar.gz (backup_label and the WAL of the backup's
// span) and backup.json (when, which server, start and end). The connection needs the right to
// run pg_backup_start (a superuser, as the project's own clusters have).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pg = createRequire(join(root, 'bench', 'package.json'))('pg');

// Rebuilt or per-run contents, as pg_basebackup leaves them out.
const EXCLUDED = ['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'server.log',
  'pg_wal/*', 'pg_replslot/*', 'pg_stat_tmp/*', 'pg_dynshmem/*', 'pg_notify/*', 'pg_serial/*',
  'pg_snapshots/*', 'pg_subtrans/*'];

function tar(args) {
  const r = spawnSync('tar', args, { encoding: 'utf8' });
  // 1: a file changed while it was read, which a hot backup expects (the WAL replay mends it).
  if (r.status !== 0 && r.status !== 1) throw new Error(`tar ${args[0]} failed: ${r.stderr}`);
}

export async function backup({ db, out }) {
  // The archives hold citizens' personal data: readable by this account only.
  process.umask(0o077);
  const client = new pg.Client(db);
  await client.connect();
  try {
    const data = (await client.query('SHOW data_directory')).rows[0].data_directory;
    const version = (await client.query('SHOW server_version')).rows[0].server_version;
    const label = `aduan ${new Date().toISOString()}`;
    mkdirSync(out, { recursive: true });
    // Fast: start with an immediate checkpoint rather than wait for the next one.
    const start = (await client.query('SELECT pg_backup_start($1, true) AS lsn', [label])).rows[0].lsn;
    let stop;
    try {
      tar(['czf', join(out, 'base.tar.gz'), '-C', data, ...EXCLUDED.map((e) => `--exclude=./${e}`), '.']);
    } finally {
      // Without waiting for WAL archiving (none is configured): the WAL is copied below.
      stop = (await client.query('SELECT lsn, labelfile, spcmapfile FROM pg_backup_stop(false)')).rows[0];
    }
    const [first, last] = (await client.query('SELECT pg_walfile_name($1) AS a, pg_walfile_name($2) AS b',
      [start, stop.lsn])).rows.map((r) => [r.a, r.b])[0];
    const staging = mkdtempSync(join(tmpdir(), 'aduan-wal-'));
    try {
      mkdirSync(join(staging, 'pg_wal'));
      const segments = readdirSync(join(data, 'pg_wal')).filter((f) => /^[0-9A-F]{24}$/.test(f) && f >= first && f <= last);
      if (!segments.includes(first) || !segments.includes(last)) throw new Error(`WAL ${first}..${last} is no longer all there`);
      for (const s of segments) copyFileSync(join(data, 'pg_wal', s), join(staging, 'pg_wal', s));
      writeFileSync(join(staging, 'backup_label'), stop.labelfile);
      if (stop.spcmapfile) writeFileSync(join(staging, 'tablespace_map'), stop.spcmapfile);
      tar(['czf', join(out, 'wal.tar.gz'), '-C', staging, '.']);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    const about = { label, server: version, start, end: stop.lsn, wal: [first, last], finishedAt: new Date().toISOString() };
    writeFileSync(join(out, 'backup.json'), `${JSON.stringify(about, null, 2)}\n`);
    return about;
  } finally {
    await client.end();
  }
}

/** Fills an empty data directory; PostgreSQL finishes the restore on its first start. */
export function restore({ from, data, owner }) {
  if (existsSync(data) && readdirSync(data).length > 0) throw new Error(`${data} is not empty`);
  mkdirSync(data, { recursive: true, mode: 0o700 });
  tar(['xzf', join(from, 'base.tar.gz'), '-C', data]);
  tar(['xzf', join(from, 'wal.tar.gz'), '-C', data]);
  if (owner) spawnSync('chown', ['-R', owner, data]);
  spawnSync('chmod', ['700', data]);
  return JSON.parse(readFileSync(join(from, 'backup.json'), 'utf8'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...rest] = process.argv.slice(2);
  const args = Object.fromEntries(rest.map((a) => a.replace(/^--/, '').split('=')));
  if (command === 'backup' && args.db && args.out) {
    console.log(JSON.stringify(await backup(args), null, 2));
  } else if (command === 'restore' && args.from && args.data) {
    console.log(JSON.stringify(restore(args), null, 2));
  } else {
    console.error('usage: backup.mjs backup --db=URL --out=DIR | restore --from=DIR --data=EMPTY_DIR [--owner=USER]');
    process.exit(2);
  }
}
