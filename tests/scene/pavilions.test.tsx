import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { InstancedMesh, Mesh } from 'three';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { content, pavilionPlot } from '../../src/content';
import { layoutBuildings, layoutTrees } from '../../src/lib/layout';
import { Buildings, buildingsGeometry } from '../../src/scene/Buildings';
import { Ground } from '../../src/scene/ground/Ground';
import { Trees } from '../../src/scene/landscape/Trees';
import { localFront } from '../../src/scene/pavilions/front';
import { Pavilions } from '../../src/scene/pavilions/Pavilions';
import { pavilionGeometry } from '../../src/scene/shared-geometry';
import { useExhibit } from '../../src/state/store';

const initial = useExhibit.getState();
beforeEach(() => useExhibit.setState({ ...initial, selection: { kind: 'overview' } }, true));
let renderer: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>> | null = null;
afterEach(async () => {
  await renderer?.unmount();
  renderer = null;
});

describe('pavilions in the scene', () => {
  it('renders one pavilion per company from content, on its plot', async () => {
    renderer = await ReactThreeTestRenderer.create(<Pavilions />);
    const meshes = renderer.scene.findAll((n) => typeof n.props.name === 'string' && n.props.name.startsWith('pavilion:'));
    expect(meshes.map((m) => m.props.name)).toEqual(content.pavilions.map((p) => `pavilion:${p.id}`));
    for (const p of content.pavilions) {
      const mesh = renderer.scene.findByProps({ name: `pavilion:${p.id}` }).instance as Mesh;
      const plot = pavilionPlot(p);
      expect(mesh.position.x).toBe(plot.center[0]);
      expect(mesh.position.z).toBe(plot.center[1]);
      mesh.geometry.computeBoundingBox();
      const box = mesh.geometry.boundingBox!;
      // Generated at the content's height (plus plinth/crown), not a unit box.
      expect(box.max.y).toBeGreaterThan(p.height * 0.9);
      expect(box.max.y).toBeLessThan(p.height * 1.35);
      expect(mesh.geometry.getAttribute('position').count).toBeGreaterThan(100);
    }
  });

  it('gives every pavilion a different silhouette', async () => {
    renderer = await ReactThreeTestRenderer.create(<Pavilions />);
    const counts = content.pavilions.map((p) => (renderer!.scene.findByProps({ name: `pavilion:${p.id}` }).instance as Mesh).geometry.getAttribute('position').count);
    expect(new Set(counts).size).toBe(counts.length);
  });

  it('gives every pavilion with a closed body an entrance canopy on the side facing the avenue', () => {
    for (const p of content.pavilions.filter((q) => q.form !== 'canopy')) {
      const [fx, fz] = localFront(p, pavilionPlot(p), content.park.roads);
      const pos = pavilionGeometry(p).getAttribute('position');
      let ahead = 0;
      let behind = 0;
      for (let i = 0; i < pos.count; i++) {
        const y = pos.getY(i);
        // At canopy height, above the plinths.
        if (y < 4 || y > 7.5) continue;
        const along = pos.getX(i) * fx + pos.getZ(i) * fz;
        ahead = Math.max(ahead, along);
        behind = Math.max(behind, -along);
      }
      expect(ahead, p.id).toBeGreaterThan(behind + 5);
    }
  });

  it('selects a pavilion when it is clicked, and marks it', async () => {
    renderer = await ReactThreeTestRenderer.create(<Pavilions />);
    const mesh = renderer.scene.findByProps({ name: 'pavilion:goertek' });
    await renderer.fireEvent(mesh, 'onClick', { delta: 0 });
    expect(useExhibit.getState().selection).toEqual({ kind: 'pavilion', id: 'goertek' });
    expect(renderer.scene.findByProps({ name: 'selection-marker' }).props.visible).toBe(true);
  });

  it('ignores a click that was really a drag', async () => {
    renderer = await ReactThreeTestRenderer.create(<Pavilions />);
    await renderer.fireEvent(renderer.scene.findByProps({ name: 'pavilion:pico' }), 'onClick', { delta: 40 });
    expect(useExhibit.getState().selection).toEqual({ kind: 'overview' });
  });
});

describe('park fillers', () => {
  it('draws all trees as one instanced mesh and all generic buildings as one merged mesh', async () => {
    renderer = await ReactThreeTestRenderer.create(
      <>
        <Trees />
        <Buildings />
      </>,
    );
    const trees = renderer.scene.findByProps({ name: 'trees' }).instance as InstancedMesh;
    const buildings = renderer.scene.findByProps({ name: 'buildings' }).instance as Mesh;
    expect(trees.count).toBe(layoutTrees(content.park).length);
    expect(trees.count).toBeGreaterThan(300);
    expect((buildings as unknown as InstancedMesh).isInstancedMesh).toBeUndefined();
    // Every building is there (at least its plinth and roof), with detail: more than a box each.
    const boxes = layoutBuildings(content.park.plots);
    const triangles = buildings.geometry.getAttribute('position').count / 3;
    expect(triangles).toBeGreaterThan(boxes.length * 60);
    const box = buildings.geometry.boundingBox!;
    expect(box.min.y).toBe(0);
    expect(box.max.y).toBeGreaterThan(Math.max(...boxes.map((b) => b.height)));
  });

  it('varies the buildings: several wall and window colours, set-backs on some', () => {
    const g = buildingsGeometry();
    const colors = g.getAttribute('color');
    const distinct = new Set<string>();
    for (let i = 0; i < colors.count; i += 3) distinct.add([colors.getX(i), colors.getY(i), colors.getZ(i)].map((v) => v.toFixed(3)).join());
    expect(distinct.size).toBeGreaterThanOrEqual(6);
  });

  it('merges the park outline, plots and roads into one ground mesh', async () => {
    renderer = await ReactThreeTestRenderer.create(<Ground />);
    const ground = renderer.scene.findByProps({ name: 'ground' }).instance as Mesh;
    ground.geometry.computeBoundingBox();
    expect(ground.geometry.boundingBox!.max.y).toBeLessThan(5);
    expect(renderer.scene.findAll((n) => n.type === 'Mesh')).toHaveLength(1);
  });
});
