/**
 * Types of index.mjs (the booth server) for TypeScript importers (the tests): the project's tsconfig does not
 * read JavaScript (`allowJs` is off), so without this file the module would be `any`. Keep in step with it.
 */
import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { Analytics, AnalyticsOptions } from './analytics/index.d.mts';
import type { Hub } from './live/hub.d.mts';
import type { CertificateInfo } from './tls.d.mts';

export { CERT_RENEW_DAYS, CERT_VALIDITY_DAYS, ensureCertificate, type CertificateInfo } from './tls.d.mts';
export { FALLBACK_HEADERS, HEADERS_FILE, loadSecurityHeaders } from './headers.d.mts';
export { MIME_TYPES } from './mime.d.mts';
export { acceptsGzip, resolveRequestPath } from './static.d.mts';
export { lanAddresses } from './network.d.mts';

export interface BoothServerOptions {
  /** The built app to serve. */
  distDir: string;
  /** Where the certificate is kept (created if missing). */
  certDir: string;
  /** HTTPS port, default 8443; 0 picks a free one. */
  httpsPort?: number;
  /** Plain-HTTP port on 127.0.0.1, default 8080; 0 picks a free one. */
  httpPort?: number;
  /** Address the HTTPS listener binds; default every interface. */
  host?: string;
  /** LAN IPv4 addresses for the certificate and the URLs; default lanAddresses(). */
  ips?: string[];
  /** Default console.warn. */
  onWarning?: (message: string) => void;
  /** The console PIN, 6 to 12 digits; default a new random 6-digit one. */
  pin?: string;
  /** Serve the live link (`/live`, `POST /live/command`, `live` in booth.json); default true. */
  live?: boolean;
  /** Where the live link's log lines go (rate-limited); default console.log. */
  log?: (line: string) => void;
  /** How long a new live connection may take to say hello, ms; default 5000. */
  helloTimeoutMs?: number;
  /** Booth analytics (issue 17): where and how to keep them; absent = nothing recorded. */
  analytics?: AnalyticsOptions;
  /** Where the exhibit is published (https://…), for the phone hand-off QR code; in booth.json as `publicUrl`. */
  publicUrl?: string;
}

export interface BoothUrls {
  /** Plain HTTP on this machine, e.g. http://localhost:8080/. */
  local: string;
  /** HTTPS on this machine, e.g. https://localhost:8443/. */
  localHttps: string;
  /** HTTPS for headsets, one per LAN address the listener answers on. */
  lan: string[];
}

export interface BoothServer {
  https: HttpsServer;
  http: HttpServer;
  /** Ends the live connections, then stops both listeners; in-flight responses get a short grace period. */
  close(): Promise<void>;
  /** With the ports actually bound. */
  urls: BoothUrls;
  certificate: CertificateInfo;
  /** Sent with every response. */
  headers: Record<string, string>;
  /** False when the fallback set is in use. */
  headersFromBuild: boolean;
  /** The console PIN. */
  pin: string;
  /** The live link's state (device list, labels). */
  hub: Hub;
  /** Booth analytics, when on (issue 17). */
  analytics: Analytics | null;
}

/**
 * Starts HTTPS on `host` (default every interface) and plain HTTP on 127.0.0.1, both serving `distDir` and the
 * live link. Rejects with the listen error, with `listener` and `port` added, when a port can't be bound.
 */
export declare function createBoothServer(options: BoothServerOptions): Promise<BoothServer>;

export interface StartOptions {
  /** The built app to serve (e.g. dist/). */
  dist: string;
  /** Where the certificate is kept; use a temporary folder in tests. */
  certDir: string;
  /** Default 0 (a free port). */
  httpsPort?: number;
  /** Default 0 (a free port). */
  httpPort?: number;
  /** Default a new random 6-digit PIN. */
  pin?: string;
  /** No log lines or warnings; default true. */
  quiet?: boolean;
  /** Default 5000. */
  helloTimeoutMs?: number;
  /** Booth analytics (issue 17); default off. */
  analytics?: AnalyticsOptions;
  /** For the phone hand-off QR code (issue 17). */
  publicUrl?: string;
}

export interface StartedBoothServer {
  /** e.g. https://127.0.0.1:43123/ (the certificate covers 127.0.0.1; self-signed). */
  httpsUrl: string;
  /** e.g. http://127.0.0.1:43124/ */
  httpUrl: string;
  pin: string;
  /** `${httpsUrl}console?pin=${pin}` */
  consoleUrl: string;
  server: BoothServer;
  close(): Promise<void>;
}

/** Starts the booth server for a test or a script: 127.0.0.1 only, free ports and quiet by default. */
export declare function startBoothServer(options: StartOptions): Promise<StartedBoothServer>;
