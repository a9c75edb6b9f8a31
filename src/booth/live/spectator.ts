/**
 * The spectator role (`?spectate`): follows one visitor from the server's device list — their language,
 * selection and tour, and in VR their place and head pose (handed to the spectator camera, which smooths it).
 * The VR world for the TV (table, miniature, VR panels, camera, visitor figure) is a lazily loaded chunk.
 */
import type { LiveHost } from '../live-host';
import type { Followed } from '../live-status';
import { pickTarget, reportSelection, yawOf } from './follow';
import type { DeviceEntry, Report, ServerMessage } from './protocol';

/** Takes over the followed visitor's language, selection and tour (the local tour clock stands still). */
function mirror(host: LiveHost, r: Report): void {
  const { store, originPose, spectatorTarget } = host;
  const s = store.getState();
  if (s.lang !== r.lang) s.actions.setLang(r.lang);
  if (r.tour && r.mode !== 'explore' && r.tour.index < host.tourLength) {
    if (s.mode !== r.mode || s.tour?.index !== r.tour.index || s.tour.playing !== r.tour.playing)
      store.setState({ mode: r.mode, tour: { index: r.tour.index, playing: r.tour.playing, elapsed: 0, loop: r.mode === 'attract', finished: false } });
  } else if (s.tour) s.actions.stopTour();
  const sel = reportSelection(r);
  if (host.known(sel) && !host.sameSelection(sel, store.getState().selection)) store.setState({ selection: sel, notice: null });
  if (r.xr && r.origin) {
    originPose.x = r.origin.p[0];
    originPose.z = r.origin.p[2];
    originPose.yaw = yawOf(r.origin.q);
  }
  if (r.xr && r.pose) {
    spectatorTarget.p.set(r.pose.p);
    spectatorTarget.q.set(r.pose.q);
    spectatorTarget.valid = true;
    spectatorTarget.wake();
  } else spectatorTarget.valid = false;
}

/** Runs the spectator role; `wanted` is the `?spectate=<id>` device (null: the first in VR). */
export function runSpectator(host: LiveHost, initialWanted: string | null): { onMessage: (m: ServerMessage) => void } {
  const { live, spectatorTarget } = host;
  let wanted = initialWanted;
  let devices: DeviceEntry[] = [];
  // The VR world for the TV is fetched at once, so it is there when a visitor puts a headset on.
  void host.loadXR().then((m) => live.setState({ canvasExtra: m.SpectatorWorld }));
  const update = () => {
    const before = live.getState().followed;
    const d = pickTarget(devices, wanted, before?.deviceId ?? null);
    const r = d?.connected ? d.report : null;
    // Only what the VR world needs to mount: the pose itself goes to the camera without React.
    const followed: Followed | null = d
      ? { deviceId: d.deviceId, label: d.label, model: d.model, xr: r?.xr === true && r.pose !== null, place: r?.xr ? r.xrPlace : null, layout: r?.xr ? (r.layout ?? null) : null, xrMode: r?.xr ? (r.xrMode ?? 'vr') : null }
      : wanted
        ? { deviceId: wanted, label: wanted, model: '', xr: false, place: null }
        : null;
    if (JSON.stringify(followed) !== JSON.stringify(before)) live.setState({ followed });
    if (r) mirror(host, r);
    else spectatorTarget.valid = false;
  };
  return {
    onMessage(m) {
      if (m.type === 'devices') {
        devices = m.devices;
        update();
      } else if (m.type === 'spectate') {
        wanted = m.deviceId;
        update();
      }
    },
  };
}
