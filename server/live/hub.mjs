/**
 * The live link's state, apart from any transport: which devices exist (and their labels and last reports),
 * who is watching (consoles, spectators), and where a command goes. The socket layer (socket.mjs) and the HTTP
 * command endpoint (http-command.mjs) drive it; tests can drive it with plain objects. Types: hub.d.mts.
 */

/** Devices gone this long are no longer listed. */
export const FORGET_AFTER_MS = 10 * 60 * 1000;
/** At most one device list per this many ms to each watcher (10 Hz). */
export const LIST_INTERVAL_MS = 100;
/** Most devices listed; past it the longest-gone offline ones are forgotten first (ids made up in a loop). */
export const MAX_DEVICES = 500;
/** Most device numbers and labels remembered; past it those of devices no longer listed are dropped. */
const MAX_REMEMBERED = 10_000;

/**
 * @typedef {import('./schema.d.mts').Report} Report
 * @typedef {import('./schema.d.mts').Command} Command
 * @typedef {import('./schema.d.mts').DeviceEntry} DeviceEntry
 * @typedef {{ role: 'device' | 'spectator' | 'console', deviceId: string, send: (msg: object) => void }} Peer
 * @typedef {{ deviceId: string, model: string, peers: Set<Peer>, lastSeen: number, report: Report | null }} Device
 */

/**
 * @param {{ now?: () => number }} [options]
 */
export function createHub({ now = Date.now } = {}) {
  /** @type {Map<string, Device>} */
  const devices = new Map();
  /** Labels and numbers outlive the device entries, for the server's lifetime. */
  /** @type {Map<string, string>} */
  const labels = new Map();
  /** @type {Map<string, number>} */
  const numbers = new Map();
  /** @type {Set<Peer>} */
  const watchers = new Set();
  /** @type {string | null} */
  let spectating = null;
  let lastList = -Infinity;
  /** @type {ReturnType<typeof setTimeout> | null} */
  let listTimer = null;

  const labelOf = (/** @type {string} */ id, /** @type {string} */ model) => {
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    return labels.get(id) ?? `${model} #${numbers.get(id)}`;
  };

  /** @returns {DeviceEntry[]} */
  function list() {
    const cutoff = now() - FORGET_AFTER_MS;
    for (const [id, d] of devices) if (d.peers.size === 0 && d.lastSeen < cutoff) devices.delete(id);
    return [...devices.values()].map((d) => ({
      deviceId: d.deviceId,
      label: labelOf(d.deviceId, d.model),
      model: d.model,
      connected: d.peers.size > 0,
      lastSeen: d.lastSeen,
      report: d.report,
    }));
  }

  function sendList() {
    listTimer = null;
    lastList = now();
    const msg = { type: 'devices', devices: list() };
    for (const w of watchers) w.send(msg);
  }

  /** Something changed: tell the watchers, at most every LIST_INTERVAL_MS. */
  function changed() {
    if (listTimer || watchers.size === 0) return;
    listTimer = setTimeout(sendList, Math.max(0, lastList + LIST_INTERVAL_MS - now()));
  }

  /**
   * A connection said hello (the PIN is checked before): sends it the welcome, and a watcher the device list
   * (and a spectator whom to follow) at once.
   * @param {Peer} peer
   * @param {string} [model]
   */
  function join(peer, model) {
    if (peer.role !== 'device') {
      peer.send({ type: 'welcome', role: peer.role, deviceId: peer.deviceId, label: labels.get(peer.deviceId) ?? peer.deviceId });
      watchers.add(peer);
      peer.send({ type: 'devices', devices: list() });
      if (peer.role === 'spectator') peer.send({ type: 'spectate', deviceId: spectating });
      return;
    }
    const name = model?.trim() || 'Device';
    let d = devices.get(peer.deviceId);
    if (!d) {
      forgetIfFull();
      d = { deviceId: peer.deviceId, model: name, peers: new Set(), lastSeen: now(), report: null };
      devices.set(peer.deviceId, d);
    }
    d.model = name;
    d.peers.add(peer);
    d.lastSeen = now();
    peer.send({ type: 'welcome', role: peer.role, deviceId: peer.deviceId, label: labelOf(peer.deviceId, name) });
    changed();
  }

  /** Keeps the maps bounded however many ids connections make up. */
  function forgetIfFull() {
    if (devices.size >= MAX_DEVICES) {
      const gone = [...devices.values()].filter((d) => d.peers.size === 0).sort((a, b) => a.lastSeen - b.lastSeen);
      for (const d of gone.slice(0, devices.size - MAX_DEVICES + 1)) devices.delete(d.deviceId);
    }
    if (numbers.size >= MAX_REMEMBERED)
      for (const id of numbers.keys()) if (!devices.has(id)) {
        numbers.delete(id);
        labels.delete(id);
      }
  }

  /**
   * A device's report.
   * @param {Peer} peer
   * @param {Report} report
   */
  function report(peer, report) {
    const d = devices.get(peer.deviceId);
    if (!d || !d.peers.has(peer)) return;
    d.report = report;
    d.lastSeen = now();
    changed();
  }

  /**
   * Carries out a console's command (already validated); returns the ack.
   * @param {Command} cmd
   * @returns {{ type: 'ack', ok: boolean, reason?: string, delivered: number }}
   */
  function command(cmd) {
    const { target, action } = cmd;
    const one = target !== 'all' && target !== 'vr';
    if (action === 'spectate') {
      if (one && !devices.has(target)) return { type: 'ack', ok: false, reason: 'unknown device', delivered: 0 };
      spectating = one ? target : null;
      let delivered = 0;
      for (const w of watchers)
        if (w.role === 'spectator') {
          w.send({ type: 'spectate', deviceId: spectating });
          delivered += 1;
        }
      return { type: 'ack', ok: true, delivered };
    }
    if (one && !devices.has(target)) return { type: 'ack', ok: false, reason: 'unknown device', delivered: 0 };
    if (action === 'label' && cmd.label) {
      labels.set(target, cmd.label);
      changed();
    }
    /** @type {Record<string, unknown>} */
    const out = { type: 'command', action };
    if (action === 'lang') out.lang = cmd.lang;
    if (action === 'tourStop') out.index = cmd.index;
    if (action === 'label') out.label = cmd.label;
    if (action === 'sound') out.sound = cmd.sound;
    let delivered = 0;
    for (const d of devices.values()) {
      if (one ? d.deviceId !== target : target === 'vr' && !d.report?.xr) continue;
      for (const p of d.peers) p.send(out);
      if (d.peers.size) delivered += 1;
    }
    return { type: 'ack', ok: true, delivered };
  }

  /**
   * Any valid message: the peer is alive.
   * @param {Peer} peer
   */
  function seen(peer) {
    const d = peer.role === 'device' ? devices.get(peer.deviceId) : undefined;
    if (d) d.lastSeen = now();
  }

  /**
   * A connection ended.
   * @param {Peer} peer
   */
  function leave(peer) {
    watchers.delete(peer);
    const d = devices.get(peer.deviceId);
    if (d && d.peers.delete(peer)) changed();
  }

  /** Stops the list timer. */
  function close() {
    if (listTimer) clearTimeout(listTimer);
    listTimer = null;
    watchers.clear();
  }

  return { join, report, command, seen, leave, list, close, spectating: () => spectating };
}
