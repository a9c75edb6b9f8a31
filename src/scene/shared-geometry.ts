/**
 * Geometry built once and shared for the app's lifetime: the full-scale park and the VR miniature use the
 * same buffers, and entering or leaving VR never uploads new ones (no growth over a booth day).
 */
import { type BufferGeometry, ConeGeometry, CylinderGeometry } from 'three';
import { palette } from '../config';
import { content } from '../content';
import type { Pavilion } from '../content/types';
import { mergePainted, painted } from './geometry-utils';
import { buildGroundGeometry } from './ground/ground-geometry';
import { MINI_LAYER_LIFT } from './materials';
import { buildPavilionGeometry } from './pavilions/forms';

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
    return buildPavilionGeometry(p.form, { width: p.footprint[0], depth: p.footprint[1], height: p.height, color: p.color });
  });

/** One low-poly tree (instanced). */
export const treeGeometry = () =>
  once('tree', () => {
    const trunk = new CylinderGeometry(0.6, 0.8, 4, 4);
    trunk.translate(0, 2, 0);
    const lower = new ConeGeometry(5, 9, 6);
    lower.translate(0, 7.5, 0);
    const upper = new ConeGeometry(3.6, 7, 6);
    upper.translate(0, 12, 0);
    return mergePainted([painted(trunk, palette.trunk), painted(lower, palette.treeLeaf), painted(upper, palette.treeLeafAlt)]);
  });
