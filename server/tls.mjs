/**
 * The booth server's self-signed HTTPS certificate: made once and kept in `certDir` (key.pem, cert.pem), made
 * again only when missing, unreadable, expiring within 30 days, or lacking a name or address it must cover (a
 * new venue's LAN address), so headsets that accepted it once keep working. Types: tls.d.mts.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from 'selfsigned';

/** Longest certificate validity browsers accept for TLS server certificates (Apple's limit), in days. */
export const CERT_VALIDITY_DAYS = 825;
/** A certificate that expires within this many days is replaced at start. */
export const CERT_RENEW_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;
const KEY_FILE = 'key.pem';
const CERT_FILE = 'cert.pem';

/**
 * @typedef {object} CertificateInfo
 * @property {string} key PEM private key.
 * @property {string} cert PEM certificate.
 * @property {string} fingerprint256 SHA-256 fingerprint, colon-separated hex.
 * @property {Date} validTo
 * @property {string[]} dnsNames DNS names in the certificate's subjectAltName.
 * @property {string[]} ipAddresses IP addresses in the certificate's subjectAltName.
 * @property {boolean} generated True when this call made a new certificate.
 * @property {string | null} reason Why it was made (null when reused).
 * @property {string} keyPath
 * @property {string} certPath
 */

/**
 * The DNS names and IP addresses in a certificate's subjectAltName.
 * @param {X509Certificate} x509
 */
function altNames(x509) {
  /** @type {string[]} */
  const dnsNames = [];
  /** @type {string[]} */
  const ipAddresses = [];
  for (const entry of (x509.subjectAltName ?? '').split(/,\s*/)) {
    if (entry.startsWith('DNS:')) dnsNames.push(entry.slice(4));
    else if (entry.startsWith('IP Address:')) ipAddresses.push(entry.slice(11));
  }
  return { dnsNames, ipAddresses };
}

/**
 * Why the stored key/cert can't be reused for these names, or null when they can.
 * @param {string} key
 * @param {string} cert
 * @param {string[]} hostnames
 * @param {string[]} ips
 * @returns {{ reason: string } | { reason: null, x509: X509Certificate }}
 */
function checkStored(key, cert, hostnames, ips) {
  let x509;
  try {
    x509 = new X509Certificate(cert);
    if (!x509.checkPrivateKey(createPrivateKey(key))) return { reason: 'the key does not match the certificate' };
  } catch {
    return { reason: 'the stored certificate or key could not be read' };
  }
  const now = Date.now();
  if (Date.parse(x509.validFrom) > now + DAY_MS) return { reason: 'the stored certificate is not valid yet' };
  if (Date.parse(x509.validTo) < now + CERT_RENEW_DAYS * DAY_MS)
    return { reason: `the stored certificate expires within ${CERT_RENEW_DAYS} days` };
  const { dnsNames, ipAddresses } = altNames(x509);
  const missing = [
    ...hostnames.filter((h) => !dnsNames.includes(h.toLowerCase())),
    ...ips.filter((ip) => !ipAddresses.includes(ip)),
  ];
  if (missing.length) return { reason: `the stored certificate does not cover ${missing.join(', ')}` };
  return { reason: null, x509 };
}

/**
 * Writes a file through a temporary name, so a crash never leaves half a PEM behind.
 * @param {string} file
 * @param {string} text
 * @param {number} mode
 */
async function writeAtomic(file, text, mode) {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text, { mode });
  try {
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Loads the self-signed certificate from `certDir`, or makes (and stores) a new one when there is none, it can't
 * be read, it expires within 30 days, or its subjectAltName lacks one of `hostnames` / `ips`. `localhost` and
 * 127.0.0.1 are always covered. A new certificate is valid for 825 days (from a day ago, for headset clocks
 * that run slow) and names exactly the requested hosts and addresses.
 * @param {string} certDir
 * @param {string[]} [hostnames] DNS names to cover, besides localhost.
 * @param {string[]} [ips] IPv4 addresses to cover, besides 127.0.0.1.
 * @returns {Promise<CertificateInfo>}
 */
export async function ensureCertificate(certDir, hostnames = [], ips = []) {
  const dns = [...new Set(['localhost', ...hostnames].map((h) => h.toLowerCase()))];
  const addresses = [...new Set(['127.0.0.1', ...ips])];
  const keyPath = path.join(certDir, KEY_FILE);
  const certPath = path.join(certDir, CERT_FILE);

  /** @type {string} */
  let reason = 'no certificate yet';
  try {
    const [key, cert] = await Promise.all([readFile(keyPath, 'utf8'), readFile(certPath, 'utf8')]);
    const checked = checkStored(key, cert, dns, addresses);
    if (checked.reason === null) {
      const { x509 } = checked;
      return { key, cert, fingerprint256: x509.fingerprint256, validTo: new Date(x509.validTo), ...altNames(x509), generated: false, reason: null, keyPath, certPath };
    }
    reason = checked.reason;
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'ENOENT') throw e;
  }

  const notBeforeDate = new Date(Date.now() - DAY_MS);
  const notAfterDate = new Date(notBeforeDate.getTime() + CERT_VALIDITY_DAYS * DAY_MS);
  const pems = await generate([{ name: 'commonName', value: 'Exhibit booth server (self-signed)' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...dns.map((value) => ({ type: /** @type {const} */ (2), value })), ...addresses.map((ip) => ({ type: /** @type {const} */ (7), ip }))],
      },
    ],
  });
  await mkdir(certDir, { recursive: true, mode: 0o700 });
  await writeAtomic(keyPath, pems.private, 0o600);
  await writeAtomic(certPath, pems.cert, 0o644);
  const x509 = new X509Certificate(pems.cert);
  return { key: pems.private, cert: pems.cert, fingerprint256: x509.fingerprint256, validTo: new Date(x509.validTo), ...altNames(x509), generated: true, reason, keyPath, certPath };
}

