/** Types of hub.mjs for TypeScript importers. Keep in step with that file. */
import type { Command, DeviceEntry, Report, Role, ServerMessage } from './schema.d.mts';

export declare const FORGET_AFTER_MS: number;
export declare const LIST_INTERVAL_MS: number;
export declare const MAX_DEVICES: number;

/** One connection as the hub sees it. */
export interface Peer {
  role: Role;
  deviceId: string;
  send(msg: object): void;
}

export interface Hub {
  /** A connection said hello (PIN already checked): sends the welcome, and a watcher the device list at once. */
  join(peer: Peer, model?: string): void;
  report(peer: Peer, report: Report): void;
  /** Carries out a validated console command; returns the ack. */
  command(cmd: Command): Extract<ServerMessage, { type: 'ack' }>;
  seen(peer: Peer): void;
  leave(peer: Peer): void;
  /** The device list as consoles get it (forgets devices gone for 10 minutes). */
  list(): DeviceEntry[];
  close(): void;
  /** The device spectators follow (null: the first in VR). */
  spectating(): string | null;
}

/** The live link's state, apart from any transport. */
export declare function createHub(options?: { now?: () => number }): Hub;
