/** Types of network.mjs for TypeScript importers. Keep in step with that file. */
import type { NetworkInterfaceInfo } from 'node:os';

/** Every non-internal IPv4 address of this machine, real network interfaces first. */
export declare function lanAddresses(interfaces?: NodeJS.Dict<NetworkInterfaceInfo[]>): string[];
/** A host as it goes into a URL (IPv6 in brackets). */
export declare function urlHost(host: string): string;
