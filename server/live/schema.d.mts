/** Types of schema.mjs for TypeScript importers. Keep in step with that file and docs/live-protocol.md. */
export declare const PROTO: 1;
export declare const DEVICE_ID: RegExp;
export declare const ACTIONS: readonly ['reset', 'lang', 'startTour', 'stopTour', 'tourStop', 'spectate', 'label', 'sound'];

export type Lang = 'zh' | 'en';
export type Role = 'device' | 'spectator' | 'console';
export type Action = (typeof ACTIONS)[number];
export interface Pose {
  p: [number, number, number];
  q: [number, number, number, number];
}

/** The head (world) and heading (radians about +Y) the visitor's VR panels were laid out for, and the viewing plaza [x, z]. */
export interface WireLayout {
  head: [number, number, number];
  yaw: number;
  plaza: [number, number] | null;
  /** Mixed reality: the model's base height on the real table (m); absent in VR (the VR table's, from the head). */
  height?: number;
  /** Mixed reality: the model's scale (e.g. 1/1600 on a small table); absent in VR (1:1000). */
  scale?: number;
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
  /** Optional: older pages send none (the server stores null). */
  layout?: WireLayout | null;
  visible: boolean;
  tour: { index: number; total: number; playing: boolean } | null;
  /** Whether the page plays sound now; null from pages that do not say. */
  sound?: 'on' | 'off' | null;
}

export interface Command {
  type: 'command';
  /** A device id, "all", or "vr" (every device reporting xr: true). */
  target: string;
  action: Action;
  lang?: Lang;
  label?: string;
  index?: number;
  /** For `sound`: mute ('off') or unmute ('on') the device. */
  sound?: 'on' | 'off';
}

// AnalyticsMessage: booth analytics (issue 17).
export type ClientMessage = Hello | Report | Command | import('../analytics/schema.d.mts').AnalyticsMessage;

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
  | { type: 'ack'; ok: boolean; reason?: string; delivered: number }
  /** Analytics (issue 17): the event ids the server has stored (now or before); the device may forget them. */
  | { type: 'analyticsAck'; ids: string[] };

/** Parses one text frame: JSON, then the schema its `type` names. */
export declare function parseClientMessage(raw: string): { ok: true; msg: ClientMessage } | { ok: false; reason: string };
