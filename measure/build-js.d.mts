/** Types of build-js.mjs for TypeScript importers (`allowJs` is off). Keep in step with that file. */

/** A set of JS files with their sizes (gzip at level 9, computed here). */
export interface JsSet {
  files: string[];
  bytes: number;
  gzip: number;
}

/** The build's JavaScript: what loads before the first picture, what loads later, what the build ships. */
export interface BuildJs {
  /** index.html's module scripts. */
  entries: string[];
  /** index.html's module scripts and modulepreloads, and their static imports, transitively. */
  initial: JsSet;
  /** Every .js the build ships. */
  total: JsSet;
  /** Loaded later with `import()`. */
  lazy: string[];
  /** Each file of the total with its sizes and whether it loads before the first picture. */
  perFile: Record<string, { bytes: number; gzip: number; initial: boolean }>;
}

/** Reads one build file by its path relative to the build's root. */
export type BuildReader = (path: string) => Promise<Uint8Array>;

export declare const gzipSize: (buf: Uint8Array) => number;
export declare function htmlScripts(html: string): { entries: string[]; preloads: string[] };
export declare const httpReader: (base: string) => BuildReader;
export declare const folderReader: (dir: string) => BuildReader;
export declare function buildJs(read: BuildReader, options?: { allJs?: string[] }): Promise<BuildJs>;
