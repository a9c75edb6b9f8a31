/**
 * One live-link connection that never gives up: opens the WebSocket, sends hello on every (re)connect, hands
 * parsed server messages on, and reconnects with backoff (0.5 s doubling to 5 s) forever. Silent by design: a
 * booth server that is restarting must not fill the page's console (one console.info per outage at most).
 */
import { parseServerMessage, type ServerMessage } from './protocol';

/** Delay before reconnect attempt `attempt` (0-based): 0.5 s, 1 s, 2 s, 4 s, then 5 s. */
export const backoffMs = (attempt: number): number => Math.min(5000, 500 * 2 ** Math.max(0, attempt));

/** The WebSocket URL for the `live` path of booth.json, relative to the page: ws: on http pages, wss: on https. */
export function liveUrl(live: string, base: string): string {
  const u = new URL(live, base);
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
  u.hash = '';
  return u.href;
}

/** Callbacks of a connection. */
export interface LiveHandlers {
  /** The hello to send first on every connection. */
  hello: () => object;
  onMessage: (m: ServerMessage) => void;
  /** Open (true) or lost (false). */
  onStatus?: (connected: boolean) => void;
}

/** A reconnecting connection. */
export interface LiveConnection {
  /** Sends a message when connected; returns false (and drops it) otherwise. */
  send(message: object): boolean;
  readonly connected: boolean;
  close(): void;
}

/** Opens a reconnecting live-link connection to `url`. */
export function connectLive(url: string, handlers: LiveHandlers): LiveConnection {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let open = false;
  let toldOutage = false;

  const schedule = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(connect, backoffMs(attempt++));
  };

  function connect() {
    if (closed) return;
    let ws: WebSocket;
    try {
      ws = new WebSocket(url);
    } catch {
      schedule();
      return;
    }
    socket = ws;
    ws.onopen = () => {
      open = true;
      attempt = 0;
      toldOutage = false;
      ws.send(JSON.stringify(handlers.hello()));
      handlers.onStatus?.(true);
    };
    ws.onmessage = (e: MessageEvent) => {
      const m = parseServerMessage(e.data);
      if (m) handlers.onMessage(m);
    };
    // An error is always followed by close; reconnecting happens there, and nothing is logged as an error.
    ws.onerror = () => {};
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      if (open) handlers.onStatus?.(false);
      if (!toldOutage && !closed) {
        console.info('Live link: connection lost, reconnecting in the background.');
        toldOutage = true;
      }
      open = false;
      schedule();
    };
  }

  connect();
  return {
    send(message) {
      if (!socket || !open || socket.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    get connected() {
      return open;
    },
    close() {
      closed = true;
      clearTimeout(timer);
      socket?.close();
      socket = null;
    },
  };
}
