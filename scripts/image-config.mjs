#!/usr/bin/env node
// Reads an unpacked `docker save`-format image (as Jib writes it) for scripts/image.sh check:
// prints its user, working directory, entrypoint + cmd (JSON), environment (JSON), then its
// layer files in order, a line each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const [manifest] = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const { config } = JSON.parse(readFileSync(join(dir, manifest.Config), 'utf8'));
console.log(config.User ?? '');
console.log(config.WorkingDir ?? '/');
console.log(JSON.stringify([...(config.Entrypoint ?? []), ...(config.Cmd ?? [])]));
console.log(JSON.stringify(config.Env ?? []));
for (const layer of manifest.Layers) console.log(layer);
