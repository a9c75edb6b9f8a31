/** Shared materials: few programs, reused everywhere (vertex colours carry the palette). */
import { DoubleSide, MeshBasicMaterial, MeshStandardMaterial } from 'three';
import { palette } from '../config';

/** Flat-shaded, vertex-coloured surfaces: buildings, pavilions, ridge. */
export const surfaceMaterial = new MeshStandardMaterial({ vertexColors: true, flatShading: true, roughness: 0.85, metalness: 0 });

/** The ground layers (double-sided so ribbons of any winding show). */
export const groundMaterial = new MeshStandardMaterial({ vertexColors: true, roughness: 1, metalness: 0, side: DoubleSide });

/** Unlit vertex colours for panel shapes (bars, gauges, dots). */
export const panelShapeMaterial = new MeshBasicMaterial({ vertexColors: true, toneMapped: false });

/** Translucent dark backing of the data panels. */
export const panelBackMaterial = new MeshBasicMaterial({ color: palette.panelBg, transparent: true, opacity: 0.93, toneMapped: false, depthWrite: false });
