/** The machine's LAN addresses, for the certificate, the printed URLs and booth.json. Types: network.d.mts. */
import os from 'node:os';

/**
 * Every non-internal IPv4 address of this machine, real network interfaces first (link-local 169.254.x.x and
 * virtual bridges such as docker0 last), so the first one is the best guess for the booth LAN.
 * @param {NodeJS.Dict<import('node:os').NetworkInterfaceInfo[]>} [interfaces] Default os.networkInterfaces().
 * @returns {string[]}
 */
export function lanAddresses(interfaces) {
  let ifaces = interfaces;
  if (!ifaces) {
    try {
      ifaces = os.networkInterfaces();
    } catch {
      return [];
    }
  }
  /** @type {{ address: string, rank: number }[]} */
  const found = [];
  for (const [name, list] of Object.entries(ifaces)) {
    for (const a of list ?? []) {
      // Node 18.0–18.3 reported the family as a number.
      const v4 = a.family === 'IPv4' || /** @type {unknown} */ (a.family) === 4;
      if (!v4 || a.internal || found.some((f) => f.address === a.address)) continue;
      const virtual = /^(docker|br-|veth|virbr|vmnet|vboxnet|tailscale|zt|utun|tun|tap|wg)/i.test(name);
      const linkLocal = a.address.startsWith('169.254.');
      found.push({ address: a.address, rank: (virtual ? 1 : 0) + (linkLocal ? 2 : 0) });
    }
  }
  return found.sort((x, y) => x.rank - y.rank).map((f) => f.address);
}

/**
 * A host as it goes into a URL (IPv6 in brackets).
 * @param {string} host
 */
export const urlHost = (host) => (host.includes(':') ? `[${host}]` : host);
