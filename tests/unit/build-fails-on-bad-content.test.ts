import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content/load-files';

describe('the production build', () => {
  it('fails on an invalid content file, naming file, path and reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-content-'));
    cpSync(contentDir, dir, { recursive: true });
    const file = join(dir, 'pavilions.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    delete data.pavilions[3].name.zh;
    writeFileSync(file, JSON.stringify(data));
    process.env.EXHIBIT_CONTENT_DIR = dir;
    try {
      await expect(
        build({ logLevel: 'silent', build: { write: false, outDir: join(dir, 'dist') } }),
      ).rejects.toThrow(/pavilions\.json: pavilions\[3\]\.name\.zh: required/);
    } finally {
      delete process.env.EXHIBIT_CONTENT_DIR;
    }
  }, 60_000);
});
