/**
 * Passthrough at the table: the full-scale park (sky, ground, landscape, pavilions, their labels) is hidden so the
 * room shows through, fog is pushed out of reach, and panel backings turn nearly opaque to read against a bright
 * booth. Stepping into the park shows the world again, opaque, hiding the room. Only visibility and uniforms
 * change (no shader program is built mid-session). Usage: `<Passthrough />` inside an immersive-ar session.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { Fog } from 'three';
import { panelBackMaterial } from '../../scene/materials';
import { useExhibit } from '../../state/store';

/** The scene group that holds the full-scale park (see scene/Scene.tsx). */
export const PARK_WORLD = 'park-world';
/** Panel backing opacity in passthrough: a bright booth behind a 0.93 backing shows through the text. */
const MR_BACKING_OPACITY = 0.98;

const CHECK_FRAMES = 30;
let count = 0;
const countOne = () => void count++;

/** Toggles the park world with the visitor's place. */
export function Passthrough() {
  const scene = useThree((s) => s.scene);
  const gl = useThree((s) => s.gl);
  const place = useExhibit((s) => s.xrPlace);
  const compiled = useRef(-1);
  const frame = useRef(0);
  // The hidden park's programs are compiled on the session's first frame (PrecompileXR compiles only what is
  // visible), and again when parts of it arrive later (the landscape chunk may load after the session started),
  // so stepping into the park builds none mid-session. Checked every CHECK_FRAMES frames: a count, no allocation.
  useFrame(() => {
    if (!gl.xr.isPresenting || frame.current++ % CHECK_FRAMES !== 0) return;
    const world = scene.getObjectByName(PARK_WORLD);
    if (!world || world.visible) return;
    count = 0;
    world.traverse(countOne);
    if (count === compiled.current) return;
    compiled.current = count;
    world.visible = true;
    gl.compile(scene, gl.xr.getCamera());
    world.visible = false;
  });
  const inRoom = place !== 'park';
  useEffect(() => {
    const world = scene.getObjectByName(PARK_WORLD);
    const fog = scene.fog as Fog | null;
    const saved = fog ? { near: fog.near, far: fog.far } : null;
    if (world) world.visible = !inRoom;
    if (fog && inRoom) {
      fog.near = 1e7;
      fog.far = 2e7;
    }
    return () => {
      if (world) world.visible = true;
      if (fog && saved) {
        fog.near = saved.near;
        fog.far = saved.far;
      }
    };
  }, [scene, inRoom]);
  useEffect(() => {
    const opacity = panelBackMaterial.opacity;
    panelBackMaterial.opacity = MR_BACKING_OPACITY;
    return () => void (panelBackMaterial.opacity = opacity);
  }, []);
  return null;
}
