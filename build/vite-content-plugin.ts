/**
 * Vite plugin: validates the content files and serves them as `virtual:exhibit-content`, and keeps the
 * font subsets in `src/generated/fonts/` in step with the content. Invalid content fails the build with
 * one line per problem (`file: path: message`); in dev it shows Vite's error overlay instead of a blank page.
 */
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { contentDir, readContentFiles } from '../src/content/load-files.ts';
import { formatProblems, validateContent } from '../src/content/validate.ts';
import type { Content } from '../src/content/types.ts';
import { writeFontSubsets } from './font-subset.ts';

const VIRTUAL_ID = 'virtual:exhibit-content';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** Where the generated font subsets are written (git-ignored). */
export const generatedFontDir = new URL('../src/generated/fonts/', import.meta.url).pathname;

/** The content folder: `EXHIBIT_CONTENT_DIR` overrides it (the tests build from a broken copy). */
export const activeContentDir = (): string => {
  const d = process.env.EXHIBIT_CONTENT_DIR;
  return d ? (d.endsWith('/') ? d : d + '/') : contentDir;
};

/** Reads and validates the content, throwing an Error that lists every problem. */
export function loadValidContent(dir = activeContentDir()): Content {
  const { files, problems } = readContentFiles(dir);
  const result = problems.length ? { ok: false as const, problems } : validateContent(files);
  if (!result.ok) throw new Error(`Invalid exhibit content in ${dir}:\n${formatProblems(result.problems)}`);
  return result.content;
}

/** The content plugin. */
export function exhibitContent(): Plugin {
  let server: ViteDevServer | undefined;
  return {
    name: 'exhibit-content',
    enforce: 'pre',
    async buildStart() {
      // Fonts must exist before any module imports them; bad content stops here with its problem list.
      const content = loadValidContent();
      await writeFontSubsets(content, generatedFontDir);
    },
    configureServer(s) {
      server = s;
      s.watcher.add(activeContentDir());
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const f of ['sources', 'figures', 'pavilions', 'panels', 'park', 'ui', 'tour']) this.addWatchFile(join(activeContentDir(), `${f}.json`));
      let content: Content;
      try {
        content = loadValidContent();
      } catch (e) {
        this.error((e as Error).message);
      }
      return `export default ${JSON.stringify(content)};`;
    },
    async handleHotUpdate(ctx) {
      if (!ctx.file.startsWith(activeContentDir()) || !server) return undefined;
      const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (mod) server.moduleGraph.invalidateModule(mod);
      try {
        await writeFontSubsets(loadValidContent(), generatedFontDir);
      } catch {
        // The reload below shows the problem list in the overlay via load().
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
