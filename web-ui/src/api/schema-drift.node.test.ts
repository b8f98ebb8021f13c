import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const webUi = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('src/api/schema.d.ts', () => {
  it('is exactly what openapi-typescript generates from ../openapi.yaml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aduan-schema-'));
    try {
      const fresh = join(dir, 'schema.d.ts');
      execFileSync(
        process.execPath,
        [join(webUi, 'node_modules/openapi-typescript/bin/cli.js'), join(webUi, '../openapi.yaml'), '-o', fresh],
        { cwd: webUi, stdio: 'pipe' },
      );
      const committed = readFileSync(join(webUi, 'src/api/schema.d.ts'), 'utf8');
      expect(committed, 'run `npm run gen:api` and commit src/api/schema.d.ts').toBe(readFileSync(fresh, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
