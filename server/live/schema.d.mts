/** Types of schema.mjs for TypeScript importers. Keep in step with that file and docs/live-protocol.md. */
export declare const PROTO: 1;
export declare const DEVICE_ID: RegExp;
export declare const ACTIONS: readonly ['reset', 'lang', 'startTour', 'stopTour', 'tourStop', 'spectate', 'label'];

export type Lang = 'zh' | 'en';
export type Role = 'device' | 'spectator' | 'console';
export type Action = (typeof ACTIONS)[number];
export interface Pose {
  p: [number, number, number];
  q: [number, number, number, number];
}

export interface Hello {
  type: 'hello';
  proto: 1;
  role: Role;
  deviceId: string;
  model?: string;
  pin?: string;
}

export interface Report {
  type: 'report';
  lang: Lang;
  mode: 'explore' | 'tour' | 'attract';
  view: 'overview' | 'pavilion' | 'panel';
  selected: string | null;
  panel: string | null;
  xr: boolean;
  xrPlace: 'table' | 'park' | null;
  /** Which immersive session: 'vr', 'mr' (passthrough) or null (added after v1's first release; absent = null). */
  xrMode?: 'vr' | 'mr' | null;
  pose: Pose | null;
  origin: Pose | null;
  visible: boolean;
  tour: { index: number; total: number; playing: boolean } | null;
}

export interface Command {
  type: 'command';
  /** A device id, "all", or "vr" (every device reporting xr: true). */
  target: string;
  action: Action;
  lang?: Lang;
  label?: string;
  index?: number;
}

export type ClientMessage = Hello | Report | Command;

/** One device as the server lists it to consoles and spectators. */
export interface DeviceEntry {
  deviceId: string;
  label: string;
  model: string;
  connected: boolean;
  /** Epoch ms of the last message from it. */
  lastSeen: number;
  report: Report | null;
}

/** Server → client messages. */
export type ServerMessage =
  | { type: 'welcome'; role: Role; deviceId: string; label: string }
  | { type: 'devices'; devices: DeviceEntry[] }
  | { type: 'spectate'; deviceId: string | null }
  | { type: 'command'; action: Exclude<Action, 'spectate'>; lang?: Lang; index?: number; label?: string }
  | { type: 'ack'; ok: boolean; reason?: string; delivered: number };

/** Parses one text frame: JSON, then the schema its `type` names. */
export declare function parseClientMessage(raw: string): { ok: true; msg: ClientMessage } | { ok: false; reason: string };
