/** Types of mime.mjs for TypeScript importers. Keep in step with that file. */
export declare const MIME_TYPES: Readonly<Record<string, { type: string; gzip: boolean }>>;
export declare const UNKNOWN_TYPE: Readonly<{ type: string; gzip: boolean }>;
