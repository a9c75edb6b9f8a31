/** Test helpers: the real content files, deep-copied so each test can break its own copy. */
import { readContentFiles } from '../../src/content/load-files';
import type { ContentFileName } from '../../src/content/schema';

// The tests reach into raw JSON to break it on purpose: typing every path would only restate the schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawJson = any;

/** A fresh deep copy of the real content files. */
export function realFiles(): Record<ContentFileName, RawJson> {
  const { files, problems } = readContentFiles();
  if (problems.length) throw new Error(JSON.stringify(problems));
  return structuredClone(files) as Record<ContentFileName, RawJson>;
}
