/** Types of headers.mjs for TypeScript importers. Keep in step with that file. */
import type { Duplex } from 'node:stream';

export declare const HEADERS_FILE: string;
export declare const FALLBACK_HEADERS: Readonly<Record<string, string>>;
/** The build's security headers (plus the fallback pair), or the fallback pair with a warning. */
export declare function loadSecurityHeaders(distDir: string): Promise<{ headers: Record<string, string>; fromBuild: boolean; warning: string | null }>;
/** Answers a request Node could not parse, with the security headers too. */
export declare function clientErrorHandler(securityHeaders: Record<string, string>): (err: NodeJS.ErrnoException, socket: Duplex) => void;
