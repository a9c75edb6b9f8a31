/** Types of socket.mjs for TypeScript importers. Keep in step with that file. */
import type { Server } from 'node:http';
import type { Hub } from './hub.d.mts';

export declare const MAX_PAYLOAD: number;
export declare const RATE: number;
export declare const MAX_DROPPED: number;
export declare const MAX_CONNECTIONS: number;

/** The `/live` WebSocket endpoint; `attach` once per listener. */
export declare function createLiveSocket(options: {
  hub: Hub;
  checkPin: (pin: unknown) => 'ok' | 'bad' | 'locked';
  log?: (line: string) => void;
  helloTimeoutMs?: number;
  /** Stores a device's analytics events, resolves with the ids stored, after the commit (issue 17); null or absent: analytics off. */
  analytics?: ((deviceId: string, events: import('../analytics/schema.d.mts').AnalyticsEvent[]) => Promise<string[]>) | null;
}): { attach(server: Server, scheme: string): void; close(): Promise<void>; clients(): number };
