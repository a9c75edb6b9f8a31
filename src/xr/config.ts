/** XR settings with defaults: where the booth table stands, comfort options, panel placement (metres, degrees). */
export const xrConfig = {
  /**
   * Where the visitor stands at the booth table: on a viewing deck 90 m up (position's y: the deck's floor), off the
   * park's south-west corner, facing the park. From that height the park is seen from above, roads, plots and the
   * landmark pavilions laid out beyond the table, not edge-on as a strip on the horizon (issue 15).
   */
  table: { position: [-980, 90, 980] as const, yawDeg: -45, height: 0.86, radius: 0.82 },
  /** Miniature scale: 1:1000, so the 1.15 km park is about 1.15 m across on the table. */
  miniatureScale: 1 / 1000,
  /** Camera clip planes in VR: near enough to touch the table, far enough for the ridge. */
  near: 0.1,
  far: 40000,
  /** Snap-turn step. */
  snapTurnDeg: 45,
  /** Smooth locomotion speed (m/s); it is off unless `?locomotion=smooth` (see comfort below). */
  smoothSpeed: 3,
  /** Teleport arc: launch speed (m/s) and gravity; about 30 m of reach. */
  teleport: { speed: 16, gravity: 9.8, maxTime: 4, segments: 40 },
  /** Thumbstick thresholds: aim beyond `engage`, release inside `release`. */
  stick: { engage: 0.6, release: 0.25 },
  /** Fade to black and back for teleports (seconds each way). */
  fadeSeconds: 0.18,
  /** Panels: distance in front of the visitor, drop below eye height, metres per panel unit. */
  panel: { distance: 1.4, minDistance: 0.9, drop: 0.25, scale: 0.0125 },
  /** At the table a panel stands to the right of the miniature and a little higher, so it never blocks a ray to it. */
  tablePanel: { distance: 1.3, angleDeg: 34, lift: 0.1 },
  /** Legibility: smallest allowed visual angle of text, degrees. */
  minTextAngleDeg: 1.2,
  /** Pavilion plinths reach up to 1.4× the footprint: the clearance used for standing spots, panels and teleports. */
  plinthFactor: 1.45,
  /** Extra metres between a pavilion's plinth and where the visitor lands in front of it. */
  standClearance: 12,
} as const;

/** Ray pointers: a trigger press counts as a click when released within 700 ms (booth visitors new to VR press slowly). */
export const rayOptions = { clickThresholdMs: 700 };

/** Comfort choices made at start-up from the booth parameters (mutable: read every frame, set once). */
export const comfort = { smoothLocomotion: false };
