/**
 * Live link protocol v1 (docs/live-protocol.md), the page's side: message types and small hand-written guards
 * for what the server sends (zod stays out of the page: the initial JS budget is tight). Pure, no DOM.
 */

/** The protocol version sent in hello. */
export const PROTO = 1;

// The wire types are declared once, beside the server's zod schema (types only: nothing of the server is bundled).
export type { DeviceEntry, Pose as WirePose, Report, WireLayout } from '../../../server/live/schema.mjs';
import type { DeviceEntry, Pose as WirePose, Report, WireLayout } from '../../../server/live/schema.mjs';

/** A command the server forwards to a device. */
export interface DeviceCommand {
  type: 'command';
  action: 'reset' | 'lang' | 'startTour' | 'stopTour' | 'tourStop' | 'label' | 'sound';
  lang?: 'zh' | 'en';
  sound?: 'on' | 'off';
  index?: number;
  label?: string;
}

/** Everything the server may send to a device or spectator page. */
export type ServerMessage =
  | { type: 'welcome'; role: string; deviceId: string; label: string }
  | { type: 'devices'; devices: DeviceEntry[] }
  | { type: 'spectate'; deviceId: string | null }
  | DeviceCommand
  /** Analytics (issue 17): the event ids the server has stored. */
  | { type: 'analyticsAck'; ids: string[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = 64): v is string => typeof v === 'string' && v.length <= max;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 10000;
const isInt = (v: unknown): v is number => Number.isInteger(v) && Math.abs(v as number) <= 10000;
const oneOf = <T extends string>(v: unknown, options: readonly T[]): v is T => typeof v === 'string' && (options as readonly string[]).includes(v);
const strOrNull = (v: unknown) => v === null || isStr(v);

/** The device id format: short, lower-case letters and digits. */
export const isDeviceId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9]{4,16}$/.test(v);

/** Whether a value is a finite pose within range. */
export function isPose(v: unknown): v is WirePose {
  if (!isObj(v) || !Array.isArray(v.p) || !Array.isArray(v.q)) return false;
  return v.p.length === 3 && v.q.length === 4 && v.p.every(isNum) && v.q.every(isNum);
}

/** Whether a value is a well-formed VR layout (head, heading, plaza; in MR the model's height and scale). */
export function isLayout(v: unknown): v is WireLayout {
  if (!isObj(v) || !Array.isArray(v.head) || v.head.length !== 3 || !v.head.every(isNum) || !isNum(v.yaw)) return false;
  if ((v.height !== undefined && !isNum(v.height)) || (v.scale !== undefined && !(isNum(v.scale) && v.scale > 0))) return false;
  return v.plaza === null || v.plaza === undefined || (Array.isArray(v.plaza) && v.plaza.length === 2 && v.plaza.every(isNum));
}

function isTour(v: unknown): boolean {
  return v === null || (isObj(v) && isInt(v.index) && isInt(v.total) && typeof v.playing === 'boolean');
}

/** Whether a value is a well-formed report (as the server relays it). */
export function isReport(v: unknown): v is Report {
  return (
    isObj(v) &&
    oneOf(v.lang, ['zh', 'en'] as const) &&
    oneOf(v.mode, ['explore', 'tour', 'attract'] as const) &&
    oneOf(v.view, ['overview', 'pavilion', 'panel'] as const) &&
    strOrNull(v.selected) &&
    strOrNull(v.panel) &&
    typeof v.xr === 'boolean' &&
    (v.xrPlace === null || oneOf(v.xrPlace, ['table', 'park'] as const)) &&
    (v.xrMode === undefined || v.xrMode === null || oneOf(v.xrMode, ['vr', 'mr'] as const)) &&
    (v.pose === null || isPose(v.pose)) &&
    (v.origin === null || isPose(v.origin)) &&
    (v.layout === undefined || v.layout === null || isLayout(v.layout)) &&
    typeof v.visible === 'boolean' &&
    isTour(v.tour) &&
    (v.sound === undefined || v.sound === null || oneOf(v.sound, ['on', 'off'] as const))
  );
}

function isDeviceEntry(v: unknown): v is DeviceEntry {
  return (
    isObj(v) &&
    isStr(v.deviceId) &&
    isStr(v.label) &&
    isStr(v.model) &&
    typeof v.connected === 'boolean' &&
    typeof v.lastSeen === 'number' &&
    (v.report === null || v.report === undefined || isReport(v.report))
  );
}

/** Parses one text frame from the server; null for anything malformed or unknown (dropped silently). */
export function parseServerMessage(text: unknown): ServerMessage | null {
  if (typeof text !== 'string' || text.length > 256 * 1024) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObj(v)) return null;
  switch (v.type) {
    case 'welcome':
      return isStr(v.role) && isStr(v.deviceId) && isStr(v.label) ? { type: 'welcome', role: v.role, deviceId: v.deviceId, label: v.label } : null;
    case 'devices':
      if (!Array.isArray(v.devices) || !v.devices.every(isDeviceEntry)) return null;
      return { type: 'devices', devices: (v.devices as DeviceEntry[]).map((d) => ({ ...d, report: d.report ?? null })) };
    case 'spectate':
      return v.deviceId === null || isStr(v.deviceId) ? { type: 'spectate', deviceId: v.deviceId } : null;
    case 'command':
      return parseCommand(v);
    case 'analyticsAck':
      return Array.isArray(v.ids) && v.ids.length <= 64 && v.ids.every((id) => isStr(id, 24)) ? { type: 'analyticsAck', ids: v.ids as string[] } : null;
    default:
      return null;
  }
}

function parseCommand(v: Obj): DeviceCommand | null {
  if (!oneOf(v.action, ['reset', 'lang', 'startTour', 'stopTour', 'tourStop', 'label', 'sound'] as const)) return null;
  const c: DeviceCommand = { type: 'command', action: v.action };
  if (v.action === 'lang') {
    if (!oneOf(v.lang, ['zh', 'en'] as const)) return null;
    c.lang = v.lang;
  }
  if (v.action === 'tourStop') {
    if (!isInt(v.index) || v.index < 0) return null;
    c.index = v.index;
  }
  if (v.action === 'label') {
    if (!isStr(v.label, 32) || v.label.length < 1) return null;
    c.label = v.label;
  }
  if (v.action === 'sound') {
    if (!oneOf(v.sound, ['on', 'off'] as const)) return null;
    c.sound = v.sound;
  }
  return c;
}
