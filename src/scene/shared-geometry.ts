/**
 * Geometry built once and shared for the app's lifetime: the full-scale park and the VR miniature use the
 * same buffers, and entering or leaving VR never uploads new ones (no growth over a booth day).
 */
import type { BufferGeometry } from 'three';
import { content, pavilionPlot } from '../content';
import type { Pavilion } from '../content/types';
import { buildGroundGeometry } from './ground/ground-geometry';
import { MINI_LAYER_LIFT } from './materials';
import { buildPavilionGeometry } from './pavilions/forms';
import { localFront } from './pavilions/front';

const cache = new Map<string, BufferGeometry>();
/** Builds a shared geometry the first time it is asked for, then returns the same one. */
export const once = (key: string, build: () => BufferGeometry): BufferGeometry => {
  let g = cache.get(key);
  if (!g) cache.set(key, (g = build()));
  return g;
};

/** The park's ground: outline, plots, sites, baked shadows, roads. */
export const groundGeometry = () => once('ground', () => buildGroundGeometry(content.park));
/** The park's ground with its layers lifted apart, for the tabletop miniature. */
export const parkOnlyGeometry = () => once('park-only', () => buildGroundGeometry(content.park, { lift: MINI_LAYER_LIFT }));

/** A pavilion's generated architecture. */
export const pavilionGeometry = (p: Pavilion) =>
  once(`pavilion:${p.id}:${p.form}:${p.footprint.join('x')}:${p.height}:${p.color}`, () => {
    const front = localFront(p, pavilionPlot(p), content.park.roads);
    return buildPavilionGeometry(p.form, { width: p.footprint[0], depth: p.footprint[1], height: p.height, color: p.color, front });
  });
