/** Spectator TV camera settings: how gently it follows, when it cuts, and where the third-person view sits. */
export const spectatorView = {
  /** Vertical field of view on the TV, degrees (a headset's is wider, but that looks distorted on a flat screen). */
  fov: 70,
  /** Time constant of each of the two smoothing stages, seconds: a head movement is followed within 4% after ~4.6τ. */
  tau: 0.1,
  /** A head that moves further than this between reports jumped (teleport, place change): cut, never swoop. */
  snapDistance: 4,
  /** Third person: metres above and behind the visitor's head. */
  above: 0.9,
  behind: 2.4,
  /** Third person: the camera looks at a point this far ahead of the visitor. */
  lookAhead: 1.5,
} as const;
