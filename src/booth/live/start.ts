/**
 * The live link's entry (a chunk loaded only when booth.json offers a live link): identity, the one
 * reconnecting connection, and the role — a device that reports and obeys the console, or a `?spectate` TV.
 */
import type { Lang } from '../../i18n/lang';
import type { LiveHost } from '../live-host';
import { connectLive, liveUrl, type LiveConnection } from './connection';
import { runDevice } from './device';
import { headsetModel } from '../../lib/headset-model';
import { deviceId } from './identity';
import { PROTO, type ServerMessage } from './protocol';
import { startAnalytics } from '../analytics/run';
import { runSpectator } from './spectator';

let started = false;

/** Starts the live link at `live` (relative to the page); `analytics`: record booth analytics (issue 17). */
export function startLive(host: LiveHost, live: string, defaultLang: Lang, spectate: { spectate: boolean; deviceId: string | null }, analytics = false): void {
  if (started) return;
  started = true;
  const id = deviceId();
  const model = headsetModel(navigator.userAgent).slice(0, 40);
  const role = spectate.spectate ? 'spectator' : 'device';
  host.live.setState({ role, deviceId: id, model });
  let conn: LiveConnection | null = null;
  const device = role === 'device' ? runDevice(host, () => conn, defaultLang) : null;
  const spectator = role === 'spectator' ? runSpectator(host, spectate.deviceId) : null;
  const counting = role === 'device' && analytics ? startAnalytics(host, () => conn, model) : null;
  if (counting) host.live.setState({ analytics: true });
  conn = connectLive(liveUrl(live, document.baseURI), {
    hello: () => ({ type: 'hello', proto: PROTO, role, deviceId: id, model }),
    onMessage: (m: ServerMessage) => {
      if (m.type === 'welcome') host.live.setState({ label: m.label });
      device?.onMessage(m);
      spectator?.onMessage(m);
      counting?.onMessage(m);
    },
    onStatus: (connected) => {
      host.live.setState({ connected });
      if (!connected) device?.onDisconnected();
      if (!connected) counting?.onDisconnected();
    },
  });
}
