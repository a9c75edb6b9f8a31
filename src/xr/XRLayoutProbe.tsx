/**
 * Provides `window.exhibit.xrLayout()`: every panel, menu and label shown in VR, and the park model, as angles
 * relative to the visitor's head (see lib/xr-layout). Panels are measured on their backing rectangle, other
 * objects on their bounding box; the smallest text's visual angle comes from `userData.minTextSize` (local units)
 * times the object's world scale. Usage: `<XRLayoutProbe />` inside a VR session.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Box3, type Object3D, Vector3 } from 'three';
import { getPavilion, pavilionPlot } from '../content';
import type { Pavilion } from '../content/types';
import { angularRectOf, pointAngles, textAngleDeg, type V3 } from '../lib/xr-layout';
import { textWidth } from '../scene/panels/panel-layout';
import { panelRegistry } from '../scene/panels/screen-texts';
import { setXRLayoutReader, type XRLayoutEntry } from '../state/automation';
import { modelCorners, tableHeight } from './table-layout';

const v = new Vector3();
const s = new Vector3();
const box = new Box3();
const shown = (o: Object3D | null): boolean => {
  for (let x = o; x; x = x.parent) if (!x.visible) return false;
  return true;
};
const NAMES = /^(vr-table-panel:[^:]+|vr-panel:[^:]+|vr-tour-caption|wrist-menu|mini-label:[^:]+|table-plaque|miniature|pavilion:[^:]+)$/;

function buildingCorners(p: Pavilion): V3[] {
  const [cx, cz] = pavilionPlot(p).center;
  const a = (p.yaw * Math.PI) / 180;
  const out: V3[] = [];
  for (const sx of [-0.5, 0.5])
    for (const sz of [-0.5, 0.5]) {
      const x = sx * p.footprint[0];
      const z = sz * p.footprint[1];
      for (const y of [0, p.height]) out.push([cx + x * Math.cos(a) + z * Math.sin(a), y, cz - x * Math.sin(a) + z * Math.cos(a)]);
    }
  return out;
}

/** Samples a local rectangle (x0..x1 × y0..y1 at z = 0) of `o` in the world: corners, edge midpoints, centre. */
function rectPoints(o: Object3D, x0: number, x1: number, y0: number, y1: number): V3[] {
  const out: V3[] = [];
  for (const x of [x0, (x0 + x1) / 2, x1]) for (const y of [y0, (y0 + y1) / 2, y1]) out.push(o.localToWorld(v.set(x, y, 0)).toArray() as V3);
  return out;
}

function boxPoints(o: Object3D): V3[] {
  box.setFromObject(o);
  const out: V3[] = [];
  for (const x of [box.min.x, box.max.x]) for (const y of [box.min.y, box.max.y]) for (const z of [box.min.z, box.max.z]) out.push([x, y, z]);
  return out;
}

/** Registers the reader while the session lives. */
export function XRLayoutProbe() {
  const get = useThree((st) => st.get);
  useEffect(() => {
    setXRLayoutReader(() => {
      const { camera, scene } = get();
      camera.updateMatrixWorld();
      const head = camera.getWorldPosition(new Vector3()).toArray() as V3;
      const dir = camera.getWorldDirection(new Vector3());
      const yaw = Math.atan2(-dir.x, -dir.z);
      const out: XRLayoutEntry[] = [];
      scene.traverse((o) => {
        if (!o.name || !NAMES.test(o.name) || !shown(o)) return;
        o.updateWorldMatrix(true, false);
        const panel = panelRegistry.get(o.name);
        const label = o as Object3D & { text?: string; fontSize?: number; anchorX?: string };
        let points: V3[];
        // The model is measured on what stands on it (outline at building height, each pavilion's label), not its axis-aligned box.
        const pavilion = o.name.startsWith('pavilion:') ? getPavilion(o.name.slice('pavilion:'.length)) : undefined;
        if (o.name === 'miniature') points = modelCorners(tableHeight());
        // A pavilion is measured on its content footprint and height (its mesh's box also holds its plaza and canopy).
        else if (pavilion) points = buildingCorners(pavilion);
        else if (panel) points = rectPoints(o, -panel.layout.width / 2, panel.layout.width / 2, 0, panel.layout.height);
        else if (typeof label.text === 'string' && typeof label.fontSize === 'number') {
          const w = textWidth(label.text, label.fontSize);
          // Labels are centre-bottom anchored; the plaque is centred and wraps (its box comes from the text's bounds).
          points = o.name === 'table-plaque' ? boxPoints(o) : rectPoints(o, -w / 2, w / 2, 0, label.fontSize);
        } else points = boxPoints(o);
        if (points.length === 0) return;
        const rect = angularRectOf(head, yaw, points);
        const c = points.reduce<[number, number, number]>((acc, p) => [acc[0] + p[0] / points.length, acc[1] + p[1] / points.length, acc[2] + p[2] / points.length], [0, 0, 0]);
        const distance = pointAngles(head, yaw, c).distance;
        const size = typeof o.userData.minTextSize === 'number' ? o.userData.minTextSize * o.getWorldScale(s).y : 0;
        out.push({ name: o.name, distance, ...rect, minTextDeg: size ? textAngleDeg(size, distance) : 0 });
      });
      return out;
    });
    return () => setXRLayoutReader(() => null);
  }, [get]);
  return null;
}
