/**
 * Works around a leak in @pmndrs/pointer-events (6.6): every Pointer registers itself in a global map
 * (`globalThis.pointerEventspointerMap`, used for pointer capture) and is never removed. Each VR session makes
 * new controller pointers, and each keeps its last hit, so a day of sessions would keep every old scene graph
 * alive. We note the map's keys when a session starts and drop the ones it added when it ends.
 * Usage: `const end = trackSessionPointers(); …; end();`
 */

type PointerRegistry = Map<number, unknown>;

const registry = (): PointerRegistry | undefined =>
  (globalThis as { pointerEventspointerMap?: PointerRegistry }).pointerEventspointerMap;

/** Starts tracking the pointers a session creates; the returned function unregisters them. */
export function trackSessionPointers(): () => void {
  const before = new Set(registry()?.keys() ?? []);
  return () => {
    const map = registry();
    if (!map) return;
    for (const id of [...map.keys()]) if (!before.has(id)) map.delete(id);
  };
}
