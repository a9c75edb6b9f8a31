import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { InstancedMesh, Mesh } from 'three';
import { describe, expect, it } from 'vitest';
import { Buildings } from '../../src/scene/Buildings';
import { Trees } from '../../src/scene/landscape/Trees';

// The miniature mounts new instanced trees and the merged buildings in every VR session. three frees an instanced mesh's
// matrix buffer and vertex-array states only on the mesh's 'dispose' event, so unmounting must dispose the mesh,
// while the shared geometry and material stay (the park and the next miniature use them).
describe('instanced meshes on unmount', () => {
  for (const [name, Component] of [['trees', Trees]] as const) {
    it(`disposes the ${name} mesh but not its shared geometry or material`, async () => {
      const renderer = await ReactThreeTestRenderer.create(<Component />);
      const mesh = renderer.scene.findByProps({ name }).instance as InstancedMesh;
      const disposed: string[] = [];
      mesh.addEventListener('dispose', () => disposed.push('mesh'));
      mesh.geometry.addEventListener('dispose', () => disposed.push('geometry'));
      const material = Array.isArray(mesh.material) ? mesh.material[0]! : mesh.material;
      material.addEventListener('dispose', () => disposed.push('material'));
      await renderer.unmount();
      expect(disposed).toEqual(['mesh']);
    });
  }
});

describe('merged meshes on unmount', () => {
  it('keeps the shared buildings geometry and material for the next miniature', async () => {
    const renderer = await ReactThreeTestRenderer.create(<Buildings />);
    const mesh = renderer.scene.findByProps({ name: 'buildings' }).instance as Mesh;
    const disposed: string[] = [];
    mesh.geometry.addEventListener('dispose', () => disposed.push('geometry'));
    const material = Array.isArray(mesh.material) ? mesh.material[0]! : mesh.material;
    material.addEventListener('dispose', () => disposed.push('material'));
    await renderer.unmount();
    const again = await ReactThreeTestRenderer.create(<Buildings />);
    expect((again.scene.findByProps({ name: 'buildings' }).instance as Mesh).geometry).toBe(mesh.geometry);
    await again.unmount();
    expect(disposed).toEqual([]);
  });
});
