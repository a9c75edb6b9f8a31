/**
 * Pure layout maths for what a VR visitor reads: angles relative to the head, the arc of panels around the booth
 * table, the table's height for a standing or seated visitor, where a pavilion's panel goes in the park, how far
 * from a building to stand to see all of it, and when the wrist menu faces the eyes. Angles are degrees: yaw
 * positive to the visitor's right, pitch positive up. The head's yaw is three's: it looks along -Z at yaw 0.
 */

/** A point or direction [x, y, z]. */
export type V3 = readonly [number, number, number];

/** Where something appears to the visitor: its centre's direction and its angular extent. */
export interface AngularRect {
  yawDeg: number;
  pitchDeg: number;
  widthDeg: number;
  heightDeg: number;
}

const DEG = 180 / Math.PI;
const RAD = Math.PI / 180;

/** Direction of a point seen from the head: yaw, pitch and distance. */
export function pointAngles(head: V3, headYaw: number, p: V3): { yawDeg: number; pitchDeg: number; distance: number } {
  const dx = p[0] - head[0];
  const dy = p[1] - head[1];
  const dz = p[2] - head[2];
  const forward = -dx * Math.sin(headYaw) - dz * Math.cos(headYaw);
  const right = dx * Math.cos(headYaw) - dz * Math.sin(headYaw);
  return { yawDeg: Math.atan2(right, forward) * DEG, pitchDeg: Math.atan2(dy, Math.hypot(dx, dz)) * DEG, distance: Math.hypot(dx, dy, dz) };
}

/** The angular rectangle that covers `points` (sample an object's corners and edge midpoints), as seen from the head. */
export function angularRectOf(head: V3, headYaw: number, points: readonly V3[]): AngularRect {
  let yMin = Infinity;
  let yMax = -Infinity;
  let pMin = Infinity;
  let pMax = -Infinity;
  for (const p of points) {
    const a = pointAngles(head, headYaw, p);
    yMin = Math.min(yMin, a.yawDeg);
    yMax = Math.max(yMax, a.yawDeg);
    pMin = Math.min(pMin, a.pitchDeg);
    pMax = Math.max(pMax, a.pitchDeg);
  }
  return { yawDeg: (yMin + yMax) / 2, pitchDeg: (pMin + pMax) / 2, widthDeg: yMax - yMin, heightDeg: pMax - pMin };
}

/** Whether two angular rectangles overlap (or come closer than `gapDeg`). */
export function rectsOverlap(a: AngularRect, b: AngularRect, gapDeg = 0): boolean {
  return Math.abs(a.yawDeg - b.yawDeg) * 2 < a.widthDeg + b.widthDeg + 2 * gapDeg && Math.abs(a.pitchDeg - b.pitchDeg) * 2 < a.heightDeg + b.heightDeg + 2 * gapDeg;
}

/** Visual angle (degrees) of a text `size` metres tall at `distance` metres. */
export const textAngleDeg = (size: number, distance: number): number => 2 * Math.atan(size / 2 / distance) * DEG;

/**
 * The table's height for a visitor whose eyes are `eyeHeight` above the floor: the model lies about 0.75 m below
 * the eyes (a standing visitor gets a 0.95 m counter, a seated one a low 0.55 m table), so both see it alike.
 */
export function tableHeightFor(eyeHeight: number): number {
  return Math.min(1.0, Math.max(0.55, eyeHeight - 0.75));
}

/**
 * Rules for the panels around the table (see the README: within ±60° and −35°…+10° of the eyes, 1.5–2.5 m away).
 * The arc is split around a window of ±`windowHalfDeg` straight ahead, so the first view is the park beyond the
 * table, not a wall of panels: half the panels stand to its left, half to its right (each 2% narrower than in the
 * old unbroken ±50° arc: the smallest text is 1.21° instead of 1.23°, still above the 1.2° rule). The span grew
 * from ±50° to ±60° for it: the outer panels are read with a comfortable head turn of about 30°. The window is as
 * wide as the four landmark pavilions seen from the table (Pico's tower reaches 12.4° to the left).
 */
export const arcRules = { halfSpanDeg: 60, windowHalfDeg: 12.8, gapDeg: 1.2, distance: 2.2, topDeg: 9.5, bottomDeg: -34, preferredPitchDeg: -5, modelMarginDeg: 1.5 } as const;

/**
 * The arc in mixed reality: the room is seen through the cameras and the full-scale park is hidden at the table, so
 * there is no park to open a window onto. The unbroken arc of before (±50°, a plain gap in the middle) gives each
 * panel 5% more width and its text as much more angle, a margin over the 1.2° rule for a real table's height.
 */
export const roomArcRules = { ...arcRules, halfSpanDeg: 50, windowHalfDeg: arcRules.gapDeg / 2 } as const;

/** The arc's rules as a type (tests pass variants). */
export type ArcRules = { [K in keyof typeof arcRules]: number };

/** Yaw of each slot's centre and the slot width (degrees) for `n` panels split around the window. */
function arcSlots(n: number, rules: ArcRules): { width: number; yaws: number[] } {
  const left = Math.floor(n / 2);
  const right = n - left;
  const side = rules.halfSpanDeg - rules.windowHalfDeg;
  const perSide = Math.max(left, right, 1);
  const width = (side - (perSide - 1) * rules.gapDeg) / perSide;
  const yaws: number[] = [];
  // Left of the window from the outer edge inwards, then right of it from the window outwards.
  for (let i = 0; i < left; i++) yaws.push(-rules.halfSpanDeg + width / 2 + i * (width + rules.gapDeg));
  for (let i = 0; i < right; i++) yaws.push(rules.windowHalfDeg + width / 2 + i * (width + rules.gapDeg));
  return { width, yaws };
}

/** A panel's place in the arc: centre direction and size in metres (a vertical panel facing the head). */
export interface ArcSlot {
  yawDeg: number;
  pitchDeg: number;
  distance: number;
  width: number;
  height: number;
}

/**
 * Places `aspects.length` panels (each height / width) side by side in an arc in front of the visitor, above the
 * model (whose top edge is seen at `modelTopDeg`), half on each side of the park window, as wide as the span
 * allows; a panel too tall for the band is narrowed until it fits.
 */
export function tablePanelArc(aspects: readonly number[], modelTopDeg: number, rules: ArcRules = arcRules): ArcSlot[] {
  const n = aspects.length;
  if (n === 0) return [];
  const d = rules.distance;
  const { width: slot, yaws } = arcSlots(n, rules);
  const bottomDeg = Math.max(rules.bottomDeg, modelTopDeg + rules.modelMarginDeg);
  const lo = d * Math.tan(bottomDeg * RAD);
  const hi = d * Math.tan(rules.topDeg * RAD);
  return aspects.map((aspect, i) => {
    let width = 2 * d * Math.tan((slot / 2) * RAD);
    let height = width * aspect;
    if (height > hi - lo) {
      height = Math.max(0, hi - lo);
      width = height / aspect;
    }
    // Centre offset (metres above the eyes): the preferred pitch, kept inside the band.
    const c = Math.min(hi - height / 2, Math.max(lo + height / 2, d * Math.tan(rules.preferredPitchDeg * RAD)));
    return { yawDeg: yaws[i]!, pitchDeg: Math.atan2(c, d) * DEG, distance: d, width, height };
  });
}

/**
 * The room the arc leaves each of `n` panels above a model whose top is seen at `modelTopDeg`: the panel width
 * (metres) and the tallest it may be (metres), so a layout can be cut to fit before it is placed.
 */
export function arcRoom(n: number, modelTopDeg: number, rules: ArcRules = arcRules): { width: number; maxHeight: number } {
  const d = rules.distance;
  const slot = arcSlots(Math.max(1, n), rules).width;
  const bottomDeg = Math.max(rules.bottomDeg, modelTopDeg + rules.modelMarginDeg);
  return { width: 2 * d * Math.tan((slot / 2) * RAD), maxHeight: Math.max(0, d * (Math.tan(rules.topDeg * RAD) - Math.tan(bottomDeg * RAD))) };
}

/** Where a slot's panel stands in the world: bottom-centre position and the yaw that turns it to face the head. */
export function slotPose(head: V3, headYaw: number, slot: ArcSlot): { position: [number, number, number]; yaw: number } {
  const a = headYaw - slot.yawDeg * RAD;
  const x = head[0] - Math.sin(a) * slot.distance;
  const z = head[2] - Math.cos(a) * slot.distance;
  const cy = head[1] + slot.distance * Math.tan(slot.pitchDeg * RAD);
  return { position: [x, cy - slot.height / 2, z], yaw: Math.atan2(head[0] - x, head[2] - z) };
}

/** The pavilion's panel in the park: to the right of the building (the wrist menu is on the left), 1.7 m away. */
export const parkPanelRules = { yawDeg: 37, pitchDeg: -7, distance: 1.7, width: 0.74 } as const;

/** The slot of the pavilion's panel in the park, for a panel of `aspect` (height / width). */
export function parkPanelSlot(aspect: number, rules = parkPanelRules): ArcSlot {
  return { yawDeg: rules.yawDeg, pitchDeg: rules.pitchDeg, distance: rules.distance, width: rules.width, height: rules.width * aspect };
}

/** How a visitor should see a building whole: its top no higher than this above the eyes, its width within ± this. */
export const viewingRules = { maxElevationDeg: 35, maxHalfWidthDeg: 30 } as const;

/**
 * How far from a building's centre to stand so that all of it is in view: the top of the nearest face at most
 * `maxElevationDeg` above the eyes and the whole footprint within ±`maxHalfWidthDeg` (the footprint counted as its
 * circumscribed circle, so any side may face the visitor).
 */
export function viewingDistance(height: number, footprint: readonly [number, number], eyeHeight: number, rules = viewingRules): number {
  const r = Math.hypot(footprint[0], footprint[1]) / 2;
  const forHeight = r + Math.max(0, height - eyeHeight) / Math.tan(rules.maxElevationDeg * RAD);
  const forWidth = r / Math.sin(rules.maxHalfWidthDeg * RAD);
  return Math.max(forHeight, forWidth);
}

/**
 * Whether the wrist menu faces the eyes: its front (unit normal `normal`) points at the head within `coneDeg`, and
 * the head is within reach of a raised wrist. Hysteresis comes from calling it with a wider cone while it is shown.
 */
export function menuFacesHead(menu: V3, normal: V3, head: V3, coneDeg: number, maxDistance = 0.75): boolean {
  const dx = head[0] - menu[0];
  const dy = head[1] - menu[1];
  const dz = head[2] - menu[2];
  const len = Math.hypot(dx, dy, dz);
  if (len < 1e-6 || len > maxDistance) return false;
  return (normal[0] * dx + normal[1] * dy + normal[2] * dz) / len >= Math.cos(coneDeg * RAD);
}
