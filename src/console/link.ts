/**
 * The console's side of the live link (docs/live-protocol.md): says hello as role "console" with the PIN,
 * keeps the device list, sends commands, and reconnects with backoff (0.5 s doubling to 5 s) except after a
 * refused PIN, which needs a new one. Never throws; the page shows the status instead.
 */
import type { Command, DeviceEntry, ServerMessage } from '../../server/live/schema.mjs';

export type LinkStatus = 'connecting' | 'live' | 'reconnecting' | 'badPin' | 'pinLocked';
/** A command as the console sends it (without `type`). */
export type CommandBody = Omit<Command, 'type'>;
export type Ack = Extract<ServerMessage, { type: 'ack' }>;

export interface LinkHandlers {
  onStatus(status: LinkStatus): void;
  onDevices(devices: DeviceEntry[]): void;
  /** The answer to a command, with the command it answers (acks come back in the order sent). */
  onAck(ack: Ack, command: CommandBody): void;
}

export interface ConsoleLink {
  /** Sends a command; false when the link is down (nothing sent). */
  send(command: CommandBody): boolean;
  close(): void;
}

/** The live link's URL for this page: `live` next to it, ws: or wss: like the page. */
export function liveUrl(location: { href: string; protocol: string }): string {
  const url = new URL('live', location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = '';
  url.hash = '';
  return url.href;
}

/** A stable id for this browser's console (separate from the exhibit's device id). */
export function consoleId(storage: Pick<Storage, 'getItem' | 'setItem'> | null): string {
  const key = 'exhibit.consoleId';
  try {
    const kept = storage?.getItem(key);
    if (kept && /^[a-z0-9]{4,16}$/.test(kept)) return kept;
  } catch {
    // storage blocked: a new id per visit is fine for a console
  }
  const id = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');
  try {
    storage?.setItem(key, id);
  } catch {
    // ditto
  }
  return id;
}

/** Opens the link; call close() when done. */
export function openConsoleLink(url: string, pin: string, id: string, handlers: LinkHandlers): ConsoleLink {
  let ws: WebSocket | null = null;
  let delay = 500;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pending: CommandBody[] = [];

  function connect() {
    if (stopped) return;
    try {
      ws = new WebSocket(url);
    } catch {
      retry();
      return;
    }
    const socket = ws;
    socket.onopen = () => socket.send(JSON.stringify({ type: 'hello', proto: 1, role: 'console', deviceId: id, pin }));
    socket.onmessage = (ev) => {
      let msg: ServerMessage;
      try {
        msg = JSON.parse(String(ev.data)) as ServerMessage;
      } catch {
        return;
      }
      if (msg.type === 'welcome') {
        delay = 500;
        handlers.onStatus('live');
      } else if (msg.type === 'devices') handlers.onDevices(msg.devices);
      else if (msg.type === 'ack') {
        const cmd = pending.shift();
        if (cmd) handlers.onAck(msg, cmd);
      }
    };
    socket.onerror = () => {
      // onclose follows; nothing to report twice
    };
    socket.onclose = (ev) => {
      if (ws !== socket) return;
      ws = null;
      pending.length = 0;
      if (ev.code === 4401) {
        handlers.onStatus(/too many/i.test(ev.reason) ? 'pinLocked' : 'badPin');
        return;
      }
      retry();
    };
  }

  function retry() {
    if (stopped) return;
    handlers.onStatus('reconnecting');
    timer = setTimeout(connect, delay);
    delay = Math.min(5000, delay * 2);
  }

  handlers.onStatus('connecting');
  connect();
  return {
    send(command) {
      if (!ws || ws.readyState !== WebSocket.OPEN) return false;
      pending.push(command);
      ws.send(JSON.stringify({ type: 'command', ...command }));
      return true;
    },
    close() {
      stopped = true;
      clearTimeout(timer);
      const socket = ws;
      ws = null;
      socket?.close(1000);
    },
  };
}
