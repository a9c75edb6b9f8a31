/** The build folder's figures for the benchmark: file count and bytes, and its JavaScript (measure/build-js.mjs). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildJs, folderReader } from '../measure/build-js.mjs';

/** Every file under `dir`, as sorted paths relative to it with `/`. */
function walk(dir) {
  const out = [];
  const go = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) go(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  go(dir);
  return out.sort();
}

/** What the build in `outDir` holds: initial JS (before the first picture), lazy JS, every .js, per-file sizes. */
export async function analyseBuild(outDir) {
  const files = walk(outDir);
  const js = await buildJs(folderReader(outDir), { allJs: files.filter((f) => f.endsWith('.js')) });
  return {
    files: files.length,
    buildBytes: files.reduce((a, f) => a + statSync(join(outDir, f)).size, 0),
    entries: js.entries,
    initialJs: js.initial,
    lazyJs: js.lazy,
    totalJs: js.total,
    perFile: js.perFile,
  };
}
