/**
 * Geometry built once and shared for the app's lifetime: the full-scale park and the VR miniature use the
 * same buffers, and entering or leaving VR never uploads new ones (no growth over a booth day).
 */
import { BoxGeometry, type BufferGeometry, ConeGeometry, CylinderGeometry } from 'three';
import { palette } from '../config';
import { content } from '../content';
import type { Pavilion } from '../content/types';
import { mergePainted, painted } from './geometry-utils';
import { buildGroundGeometry } from './ground/ground-geometry';
import { buildRidgeGeometry } from './landscape/ridge-geometry';
import { MINI_LAYER_LIFT } from './materials';
import { buildPavilionGeometry } from './pavilions/forms';

const cache = new Map<string, BufferGeometry>();
const once = (key: string, build: () => BufferGeometry): BufferGeometry => {
  let g = cache.get(key);
  if (!g) cache.set(key, (g = build()));
  return g;
};

/** Land, park, plots and roads. */
export const groundGeometry = () => once('ground', () => buildGroundGeometry(content.park));
/** The park alone (no surrounding land), for the tabletop miniature. */
export const parkOnlyGeometry = () => once('park-only', () => buildGroundGeometry(content.park, { land: false, lift: MINI_LAYER_LIFT }));
/** The Laoshan ridge. */
export const ridgeGeometry = () => once('ridge', () => buildRidgeGeometry());

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

/** A unit building box with a glazed band near the top (instanced, scaled per building). */
export const buildingGeometry = () =>
  once('building', () => {
    const body = new BoxGeometry(1, 0.82, 1);
    body.translate(0, 0.41, 0);
    const band = new BoxGeometry(1.002, 0.12, 1.002);
    band.translate(0, 0.88, 0);
    const roof = new BoxGeometry(0.96, 0.06, 0.96);
    roof.translate(0, 0.97, 0);
    return mergePainted([painted(body, palette.building), painted(band, palette.buildingGlass), painted(roof, palette.building)]);
  });
