/** Shared materials: few programs, reused everywhere (vertex colours carry the palette). */
import { DoubleSide, MeshBasicMaterial, MeshStandardMaterial } from 'three';
import { palette } from '../config';

/** Flat-shaded, vertex-coloured surfaces: buildings, pavilions, ridge. */
export const surfaceMaterial = new MeshStandardMaterial({ vertexColors: true, flatShading: true, roughness: 0.85, metalness: 0 });

/** Lift per ground layer as a fraction of the camera distance: 2 mm at 1 m, 3 m at 1.5 km. */
export const GROUND_LIFT_PER_METRE = 0.002;

/** The ground layers (double-sided so ribbons of any winding show), lifted by layer × distance in the vertex shader. */
export const groundMaterial = new MeshStandardMaterial({ vertexColors: true, roughness: 1, metalness: 0, side: DoubleSide });
groundMaterial.onBeforeCompile = (shader) => {
  shader.vertexShader = shader.vertexShader
    .replace('#include <common>', '#include <common>\nattribute float layer;')
    .replace(
      '#include <begin_vertex>',
      `#include <begin_vertex>
      vec3 groundWorld = (modelMatrix * vec4(transformed, 1.0)).xyz;
      transformed.y += layer * ${GROUND_LIFT_PER_METRE.toFixed(4)} * distance(cameraPosition, groundWorld) / max(length(modelMatrix[1].xyz), 1e-6);`,
    );
};
groundMaterial.customProgramCacheKey = () => 'ground-layers';

/** Unlit vertex colours for panel shapes (bars, gauges, dots). */
export const panelShapeMaterial = new MeshBasicMaterial({ vertexColors: true, toneMapped: false });

/** Translucent dark backing of the data panels. */
export const panelBackMaterial = new MeshBasicMaterial({ color: palette.panelBg, transparent: true, opacity: 0.93, toneMapped: false, depthWrite: false });
