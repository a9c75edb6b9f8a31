/**
 * Lays the TV's copy of the VR world out for the followed visitor, from the layout their headset reports: the
 * table's height and panel arc for the head it was made for, and the viewing plaza where they landed in the park
 * (the park panel reads the same report, see panel-pose). Usage: `<SpectatorLayout />` in the spectator world.
 */
import { useEffect } from 'react';
import { useLive } from '../../booth/live-status';
import { plazaSpot } from '../navigation';
import { layoutTable, useTableLayout } from '../table-layout';

/** The spectator's layout driver. */
export function SpectatorLayout() {
  const place = useLive((s) => s.followed?.place ?? null);
  const layout = useLive((s) => s.followed?.layout ?? null);
  // A string key: the followed entry is rebuilt on every change of it, the layout only counts when it changes.
  const key = layout && place ? JSON.stringify([place, layout]) : null;
  const deviceId = useLive((s) => s.followed?.deviceId);
  // An MR visitor's panels stand in the unbroken room arc (table-layout.ts).
  const arc = useLive((s) => (s.followed?.xrMode === 'mr' ? 'room' : 'park-window'));
  useEffect(() => {
    if (!key) return;
    const [where, l] = JSON.parse(key) as [string, NonNullable<typeof layout>];
    if (where === 'table') {
      // An MR visitor's model stands at their real table's height and scale; a VR visitor's at the VR table's.
      const next = layoutTable(l.head, l.yaw, l.height, l.scale, arc);
      useTableLayout.setState((s) => ({ ...next, revision: s.revision + 1 }));
    }
    if (l.plaza) {
      plazaSpot.x = l.plaza[0];
      plazaSpot.z = l.plaza[1];
      plazaSpot.active = true;
    }
  }, [key, deviceId, arc]);
  return null;
}
