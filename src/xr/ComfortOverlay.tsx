/**
 * A sphere around the visitor's head that darkens the edge of view during artificial motion (vignette)
 * and fades the whole view to black for jumps. The shader works in view space, so it stays locked to
 * the eyes even though the sphere itself follows the head a frame late. Usage: `<ComfortOverlay />`
 */
import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { BackSide, type Mesh, ShaderMaterial } from 'three';
import { motion } from './navigation';

const vertexShader = /* glsl */ `
varying vec3 vView;
void main() {
  vec4 mv = modelViewMatrix * vec4(position, 1.0);
  vView = mv.xyz;
  gl_Position = projectionMatrix * mv;
}`;

const fragmentShader = /* glsl */ `
uniform float uFade;
uniform float uVignette;
varying vec3 vView;
void main() {
  float angle = acos(clamp(-normalize(vView).z, -1.0, 1.0));
  float edge = smoothstep(0.35, 0.75, angle) * uVignette;
  gl_FragColor = vec4(0.0, 0.0, 0.0, max(edge, uFade));
}`;

/** The comfort overlay. */
export function ComfortOverlay() {
  const ref = useRef<Mesh>(null);
  const material = useMemo(
    () =>
      new ShaderMaterial({
        uniforms: { uFade: { value: 0 }, uVignette: { value: 0 } },
        vertexShader,
        fragmentShader,
        transparent: true,
        depthTest: false,
        depthWrite: false,
        side: BackSide,
      }),
    [],
  );
  useFrame(({ camera }) => {
    const mesh = ref.current;
    if (!mesh) return;
    camera.getWorldPosition(mesh.position);
    material.uniforms.uFade!.value = motion.fade;
    material.uniforms.uVignette!.value = motion.vignette;
    mesh.visible = motion.fade > 0.001 || motion.vignette > 0.001;
  });
  return (
    <mesh ref={ref} material={material} renderOrder={1000} frustumCulled={false} name="comfort-overlay">
      <sphereGeometry args={[0.3, 24, 12]} />
    </mesh>
  );
}
