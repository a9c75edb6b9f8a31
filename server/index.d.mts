/**
 * Types of server-core.mjs for TypeScript importers (the tests): the project's tsconfig does not read JavaScript
 * (`allowJs` is off), so without this file the module would be `any`. Keep in step with the JSDoc there.
 */
import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { NetworkInterfaceInfo } from 'node:os';

export declare const CERT_VALIDITY_DAYS: number;
export declare const CERT_RENEW_DAYS: number;
export declare const HEADERS_FILE: string;
export declare const FALLBACK_HEADERS: Readonly<Record<string, string>>;
export declare const MIME_TYPES: Readonly<Record<string, { type: string; gzip: boolean }>>;

export interface CertificateInfo {
  /** PEM private key. */
  key: string;
  /** PEM certificate. */
  cert: string;
  /** SHA-256 fingerprint, colon-separated hex. */
  fingerprint256: string;
  validTo: Date;
  /** DNS names in the certificate's subjectAltName. */
  dnsNames: string[];
  /** IP addresses in the certificate's subjectAltName. */
  ipAddresses: string[];
  /** True when this call made a new certificate. */
  generated: boolean;
  /** Why it was made (null when reused). */
  reason: string | null;
  keyPath: string;
  certPath: string;
}

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
  /** Stops both listeners; in-flight responses get a short grace period. */
  close(): Promise<void>;
  /** With the ports actually bound. */
  urls: BoothUrls;
  certificate: CertificateInfo;
  /** Sent with every response. */
  headers: Record<string, string>;
  /** False when the fallback set is in use. */
  headersFromBuild: boolean;
}

/** Every non-internal IPv4 address of this machine, real network interfaces first. */
export declare function lanAddresses(interfaces?: NodeJS.Dict<NetworkInterfaceInfo[]>): string[];

/**
 * Loads the certificate from `certDir`, or makes and stores a new one when missing, unreadable, expiring within
 * 30 days, or not covering `hostnames` / `ips` (localhost and 127.0.0.1 are always covered).
 */
export declare function ensureCertificate(certDir: string, hostnames?: string[], ips?: string[]): Promise<CertificateInfo>;

/** The build's security headers (plus the fallback pair), or the fallback pair with a warning. */
export declare function loadSecurityHeaders(distDir: string): Promise<{ headers: Record<string, string>; fromBuild: boolean; warning: string | null }>;

/** A request target as path segments under the served folder, or the status to answer with. */
export declare function resolveRequestPath(target: string | undefined): { status: 400 | 404 } | { status: 200; segments: string[] };

/** Whether an Accept-Encoding value allows gzip. */
export declare function acceptsGzip(header: string | string[] | undefined): boolean;

/**
 * Starts HTTPS on `host` (default every interface) and plain HTTP on 127.0.0.1, both serving `distDir`. Rejects
 * with the listen error, with `listener` and `port` added, when a port can't be bound.
 */
export declare function createBoothServer(options: BoothServerOptions): Promise<BoothServer>;
