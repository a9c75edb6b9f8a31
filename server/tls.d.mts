/** Types of tls.mjs for TypeScript importers (`allowJs` is off). Keep in step with the JSDoc there. */
export declare const CERT_VALIDITY_DAYS: number;
export declare const CERT_RENEW_DAYS: number;

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

/**
 * Loads the certificate from `certDir`, or makes and stores a new one when missing, unreadable, expiring within
 * 30 days, or not covering `hostnames` / `ips` (localhost and 127.0.0.1 are always covered).
 */
export declare function ensureCertificate(certDir: string, hostnames?: string[], ips?: string[]): Promise<CertificateInfo>;
