/** Reads the content data files from disk (Node only: the build plugin and the tests use it). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles, type ContentFileName } from './schema.ts';
import type { ContentProblem } from './validate.ts';

/** The folder that holds the content data files. */
export const contentDir = new URL('./data/', import.meta.url).pathname;

/** Reads and JSON-parses every content file; a file that is not valid JSON becomes a problem naming it. */
export function readContentFiles(dir = contentDir): {
  files: Partial<Record<ContentFileName, unknown>>;
  problems: ContentProblem[];
} {
  const files: Partial<Record<ContentFileName, unknown>> = {};
  const problems: ContentProblem[] = [];
  for (const name of Object.keys(contentFiles) as ContentFileName[]) {
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch {
      problems.push({ file: name, path: '(file)', message: `missing (expected ${join(dir, name)})` });
      continue;
    }
    try {
      files[name] = JSON.parse(text);
    } catch (e) {
      problems.push({ file: name, path: '(file)', message: `not valid JSON: ${(e as Error).message}` });
    }
  }
  return { files, problems };
}
