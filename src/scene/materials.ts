/** Shared materials: few programs, reused everywhere (vertex colours carry the palette). */
import { MeshBasicMaterial, MeshStandardMaterial, type WebGLProgramParametersWithUniforms } from 'three';
import { palette } from '../config';

/**
 * The sea's clock, in seconds. It advances only in frames that are drawn anyway (landscape/Landscape.tsx), so the
 * on-demand desktop stays idle when nothing else moves, and VR, which draws every frame, sees the sea move.
 */
export const seaTime = { value: 0 };

/**
 * One vertex-shader addition for every lit surface: a slow swell, scaled per material by `uWave` (0 for
 * everything but the sea). The same function (hence the same program cache key) on every material keeps
 * them all on one shader program: the sea costs no extra program and no extra pass.
 */
function swell(this: MeshStandardMaterial & { userData: { wave?: number } }, shader: WebGLProgramParametersWithUniforms) {
  shader.uniforms.uTime = seaTime;
  shader.uniforms.uWave = { value: this.userData.wave ?? 0 };
  shader.vertexShader = shader.vertexShader.replace('#include <common>', '#include <common>\nuniform float uTime;\nuniform float uWave;').replace(
    '#include <begin_vertex>',
    `#include <begin_vertex>
    if (uWave > 0.0) {
      vec2 q = transformed.xz;
      float fade = uWave * clamp(1.6 - length(q) / 9000.0, 0.0, 1.0);
      transformed.y += fade * (sin(dot(q, vec2(0.018, 0.007)) + uTime * 0.6) + 0.6 * sin(dot(q, vec2(-0.008, 0.026)) + uTime * 0.9));
    }`,
  );
}

const withSwell = <M extends MeshStandardMaterial>(m: M, wave = 0): M => {
  m.userData.wave = wave;
  m.onBeforeCompile = swell as MeshStandardMaterial['onBeforeCompile'];
  return m;
};

/** Flat-shaded, vertex-coloured surfaces: buildings, pavilions, ridge. */
export const surfaceMaterial = withSwell(new MeshStandardMaterial({ vertexColors: true, flatShading: true, roughness: 0.85, metalness: 0 }));

/**
 * The full-scale ground: all layers lie at y = 0 in one mesh, drawn first (renderOrder) without writing depth,
 * so each layer simply paints over the one before it in draw order: no flicker at any distance, and a visitor
 * standing on a road in VR stands on it (depth offsets big enough for 4 km away would lift it to knee height).
 */
// Same shader defines as surfaceMaterial (vertex colours, flat shading, front faces): one program serves both.
export const groundMaterial = withSwell(new MeshStandardMaterial({ vertexColors: true, flatShading: true, roughness: 1, metalness: 0, depthWrite: false }));
/** The sea: the ground's material with the swell on (metres of amplitude); flat shading makes the facets glint. */
export const seaMaterial = withSwell(new MeshStandardMaterial({ vertexColors: true, flatShading: true, roughness: 0.45, metalness: 0, depthWrite: false }), 2.2);
/** Draw order of the backdrop: sky, sea, the land beyond the park, the park's ground, its site layer, before everything else. */
export const backdropOrder = { sky: -5, sea: -4, land: -3, ground: -2, site: -1 } as const;

/** Lift between ground layers on the table miniature, in its local units (metres at full scale: 1 mm on the table). */
export const MINI_LAYER_LIFT = 1;

/** Unlit vertex colours: panel shapes (bars, gauges, dots) and the sky dome share this one program. */
export const panelShapeMaterial = new MeshBasicMaterial({ vertexColors: true, toneMapped: false, fog: false });

/** Translucent dark backing of the data panels. */
export const panelBackMaterial = new MeshBasicMaterial({ color: palette.panelBg, transparent: true, opacity: 0.93, toneMapped: false, depthWrite: false });
