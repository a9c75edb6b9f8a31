/** Pure keyboard mapping for desktop movement. */

/** A movement intent from held keys: pan (x right, z forward), turn (radians/s sign) and zoom (sign). */
export interface MoveIntent {
  x: number;
  z: number;
  turn: number;
  zoom: number;
}

const bindings: Record<string, Partial<MoveIntent>> = {
  KeyW: { z: 1 },
  ArrowUp: { z: 1 },
  KeyS: { z: -1 },
  ArrowDown: { z: -1 },
  KeyA: { x: -1 },
  ArrowLeft: { x: -1 },
  KeyD: { x: 1 },
  ArrowRight: { x: 1 },
  KeyQ: { turn: 1 },
  KeyE: { turn: -1 },
  Equal: { zoom: 1 },
  NumpadAdd: { zoom: 1 },
  PageUp: { zoom: 1 },
  Minus: { zoom: -1 },
  NumpadSubtract: { zoom: -1 },
  PageDown: { zoom: -1 },
};

/** Whether a key code moves the camera. */
export const isMoveKey = (code: string): boolean => code in bindings;

/** Sums the intents of the held keys into `out` (no allocation: called every frame). */
export function intentFromKeys(held: ReadonlySet<string>, out: MoveIntent): MoveIntent {
  out.x = 0;
  out.z = 0;
  out.turn = 0;
  out.zoom = 0;
  for (const code of held) {
    const b = bindings[code];
    if (!b) continue;
    out.x += b.x ?? 0;
    out.z += b.z ?? 0;
    out.turn += b.turn ?? 0;
    out.zoom += b.zoom ?? 0;
  }
  return out;
}

/** Whether keyboard focus is somewhere that uses these keys itself (text fields, selects). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}
