import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { Mesh, MeshStandardMaterial } from 'three';
import { afterEach, describe, expect, it } from 'vitest';
import Landscape from '../../src/scene/landscape/Landscape';
import { groundMaterial, seaMaterial, surfaceMaterial } from '../../src/scene/materials';

let renderer: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>> | null = null;
afterEach(async () => {
  await renderer?.unmount();
  renderer = null;
});

describe('the landscape around the park', () => {
  it('is eight draws: sky, sea, land, site layer, district, ridge, the generic buildings and the trees', async () => {
    renderer = await ReactThreeTestRenderer.create(<Landscape />);
    const names = renderer.scene.findAll((n) => n.type === 'Mesh' || n.type === 'InstancedMesh').map((n) => n.props.name as string);
    expect(names.sort()).toEqual(['buildings', 'district', 'land', 'ridge', 'sea', 'site', 'sky', 'trees']);
  });

  it('draws the ranges with a summit near Mount Laoshan’s 1,133 m, farther layers paler', async () => {
    renderer = await ReactThreeTestRenderer.create(<Landscape />);
    const ridge = renderer.scene.findByProps({ name: 'ridge' }).instance as Mesh;
    const pos = ridge.geometry.getAttribute('position');
    const col = ridge.geometry.getAttribute('color');
    let top = 0;
    const near: number[] = [];
    const far: number[] = [];
    for (let i = 0; i < pos.count; i++) {
      top = Math.max(top, pos.getY(i));
      const d = Math.hypot(pos.getX(i), pos.getZ(i));
      const light = col.getX(i) + col.getY(i) + col.getZ(i);
      if (d < 5000) near.push(light);
      else if (d > 10000) far.push(light);
    }
    expect(top).toBeGreaterThan(1000);
    expect(top).toBeLessThan(1250);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(far)).toBeGreaterThan(mean(near));
  });

  it('keeps every lit surface, the sea included, on one shader: the same compile hook, the swell only on the sea', () => {
    const materials = [surfaceMaterial, groundMaterial, seaMaterial] as (MeshStandardMaterial & { userData: { wave?: number } })[];
    expect(new Set(materials.map((m) => m.customProgramCacheKey())).size).toBe(1);
    expect(new Set(materials.map((m) => m.onBeforeCompile)).size).toBe(1);
    expect(seaMaterial.userData.wave).toBeGreaterThan(0);
    expect(surfaceMaterial.userData.wave ?? 0).toBe(0);
    expect(groundMaterial.userData.wave ?? 0).toBe(0);
  });
});
