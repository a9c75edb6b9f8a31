/** Shared materials: few programs, reused everywhere (vertex colours carry the palette). */
import { MeshBasicMaterial, MeshStandardMaterial } from 'three';
import { palette } from '../config';

/** Flat-shaded, vertex-coloured surfaces: buildings, pavilions, ridge. */
export const surfaceMaterial = new MeshStandardMaterial({ vertexColors: true, flatShading: true, roughness: 0.85, metalness: 0 });

/**
 * The full-scale ground: all layers lie at y = 0 in one mesh, drawn first (renderOrder) without writing depth,
 * so each layer simply paints over the one before it in draw order: no flicker at any distance, and a visitor
 * standing on a road in VR stands on it (depth offsets big enough for 4 km away would lift it to knee height).
 */
// Same shader defines as surfaceMaterial (vertex colours, flat shading, front faces): one program serves both.
export const groundMaterial = new MeshStandardMaterial({ vertexColors: true, flatShading: true, roughness: 1, metalness: 0, depthWrite: false });
/** Draw order of the backdrop: sky, then sea, then ground, before everything else. */
export const backdropOrder = { sky: -3, sea: -2, ground: -1 } as const;

/** Lift between ground layers on the table miniature, in its local units (metres at full scale: 2 mm on the table). */
export const MINI_LAYER_LIFT = 2;

/** Unlit vertex colours: panel shapes (bars, gauges, dots) and the sky dome share this one program. */
export const panelShapeMaterial = new MeshBasicMaterial({ vertexColors: true, toneMapped: false, fog: false });

/** Translucent dark backing of the data panels. */
export const panelBackMaterial = new MeshBasicMaterial({ color: palette.panelBg, transparent: true, opacity: 0.93, toneMapped: false, depthWrite: false });
