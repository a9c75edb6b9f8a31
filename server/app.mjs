/**
 * The booth server's request router, shared by the HTTPS and HTTP listeners: `booth.json` (the LAN URLs and
 * the live link's path), `/console` (the operator console page), `POST /live/command`, and the static build
 * for everything else. Security headers go on every answer. Types: none (internal; index.mjs uses it).
 */
import { sendJson, sendText } from './respond.mjs';

/**
 * @param {{
 *   securityHeaders: Record<string, string>,
 *   serveStatic: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, target?: string) => Promise<void>,
 *   boothInfo: { lan: string[] },
 *   command: ((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void) | null,
 *   boothExtra?: Record<string, unknown>,
 *   analytics?: ((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, pathname: string, search: string) => boolean) | null,
 * }} options `boothExtra`: more booth.json fields (analytics, issue 17); `analytics`: its PIN-guarded routes. `command` null: no live link (booth.json then says nothing about it).
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function createRequestHandler({ securityHeaders, serveStatic, boothInfo, command, boothExtra = {}, analytics = null }) {
  return (req, res) => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    const url = req.url ?? '';
    const q = url.search(/[?#]/);
    const pathname = q === -1 ? url : url.slice(0, q);
    const search = q === -1 ? '' : url.slice(q).split('#')[0];
    const get = req.method === 'GET' || req.method === 'HEAD';

    // The page shows a QR code a headset can open, and joins the live link only where this says where it is.
    if (pathname === '/booth.json' && get) return sendJson(req, res, 200, command ? { lan: boothInfo.lan, live: 'live', ...boothExtra } : { lan: boothInfo.lan });
    if (analytics?.(req, res, pathname, search)) return;
    if (pathname === '/live/command' && command) return command(req, res);
    if (pathname === '/live' && get) return sendText(req, res, 426, 'Upgrade Required: /live is a WebSocket', { Upgrade: 'websocket' });
    // The console's assets are relative (./assets/...), so the page must live at /console, not /console/.
    if (pathname === '/console/' && get) return sendText(req, res, 308, 'See /console', { Location: `/console${search}` });
    const target = pathname === '/console' ? '/console.html' : url;
    serveStatic(req, res, target).catch(() => {
      if (!res.headersSent) sendText(req, res, 500, 'Internal server error');
      else res.destroy();
    });
  };
}
