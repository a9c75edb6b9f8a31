/**
 * Provides `window.exhibit.screenTexts()`: the on-screen height in CSS pixels of every text of every named panel
 * in view, and the screen boxes of those panels and of the pavilion labels, for legibility and collision checks.
 * Usage: `<ScreenTextProbe />` inside the desktop canvas.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { type Camera, type Object3D, Vector3 } from 'three';
import { setScreenTextReader, type ScreenBox, type ScreenText } from '../../state/automation';
import { textWidth } from './panel-layout';
import { toLocal } from './panel-geometry';
import { panelRegistry } from './screen-texts';

const a = new Vector3();
const b = new Vector3();
const right = new Vector3();
const up = new Vector3();

const shown = (o: Object3D | null): boolean => {
  for (let x = o; x; x = x.parent) if (!x.visible) return false;
  return true;
};

type ToScreen = (v: Vector3) => { x: number; y: number; behind: boolean };

function roleOf(key: string): ScreenText['role'] {
  if (key === 'title') return 'title';
  return /^r\d+n$/.test(key) ? 'numeral' : 'text';
}

/** Boxes and texts of the registered panels. */
function panelTexts(toScreen: ToScreen, texts: ScreenText[], boxes: ScreenBox[]) {
  for (const [name, { group, layout }] of panelRegistry) {
    const g = group.current;
    if (!g || !shown(g)) continue;
    g.updateWorldMatrix(true, false);
    let left = Infinity;
    let top = Infinity;
    let rightEdge = -Infinity;
    let bottom = -Infinity;
    let behind = false;
    for (const [x, y] of [
      [-layout.width / 2, 0],
      [layout.width / 2, 0],
      [-layout.width / 2, layout.height],
      [layout.width / 2, layout.height],
    ] as const) {
      const p = toScreen(g.localToWorld(a.set(x, y, 0)));
      behind ||= p.behind;
      left = Math.min(left, p.x);
      rightEdge = Math.max(rightEdge, p.x);
      top = Math.min(top, p.y);
      bottom = Math.max(bottom, p.y);
    }
    if (behind) continue;
    boxes.push({ name, kind: 'panel', left, top, right: rightEdge, bottom });
    for (const t of layout.texts) {
      const [x, y] = toLocal(layout, t.x, t.y);
      const p = toScreen(g.localToWorld(a.set(x, y, 0)));
      const q = toScreen(g.localToWorld(b.set(x, y - t.size, 0)));
      texts.push({ panel: name, key: t.key, text: t.text, role: roleOf(t.key), px: Math.hypot(q.x - p.x, q.y - p.y) });
    }
  }
}

/** Boxes of the visible pavilion labels (troika texts in the `pavilion-labels` batch: centre-bottom anchored, facing the camera). */
function labelBoxes(root: Object3D, camera: Camera, toScreen: ToScreen, texts: ScreenText[], boxes: ScreenBox[]) {
  const batch = root.getObjectByName('pavilion-labels');
  if (!batch || !shown(batch)) return;
  right.setFromMatrixColumn(camera.matrixWorld, 0);
  up.setFromMatrixColumn(camera.matrixWorld, 1);
  for (const child of batch.children) {
    const label = child as Object3D & { text?: string; fontSize?: number; fillOpacity?: number };
    if (typeof label.text !== 'string' || !label.visible || (label.fillOpacity ?? 1) <= 0.01) continue;
    label.updateWorldMatrix(true, false);
    label.getWorldPosition(a);
    const scale = label.getWorldScale(b).y;
    const h = (label.fontSize ?? 1) * scale;
    const w = textWidth(label.text, label.fontSize ?? 1) * scale;
    const base = toScreen(a);
    if (base.behind) continue;
    const topP = toScreen(b.copy(a).addScaledVector(up, h));
    const side = toScreen(b.copy(a).addScaledVector(right, w / 2));
    const half = Math.hypot(side.x - base.x, side.y - base.y);
    const px = Math.hypot(topP.x - base.x, topP.y - base.y);
    texts.push({ panel: 'pavilion-labels', key: label.name || label.text, text: label.text, role: 'label', px });
    boxes.push({ name: `label:${label.text}`, kind: 'label', left: base.x - half, right: base.x + half, top: base.y - px, bottom: base.y });
  }
}

/** Registers the reader while the canvas lives. */
export function ScreenTextProbe() {
  const get = useThree((s) => s.get);
  useEffect(() => {
    setScreenTextReader(() => {
      const { camera, gl, scene } = get();
      const rect = gl.domElement.getBoundingClientRect();
      camera.updateMatrixWorld();
      const toScreen: ToScreen = (v) => {
        const p = v.clone().project(camera);
        return { x: rect.left + ((p.x + 1) / 2) * rect.width, y: rect.top + ((1 - p.y) / 2) * rect.height, behind: p.z > 1 };
      };
      const texts: ScreenText[] = [];
      const boxes: ScreenBox[] = [];
      panelTexts(toScreen, texts, boxes);
      labelBoxes(scene, camera, toScreen, texts, boxes);
      return { texts, boxes };
    });
    return () => setScreenTextReader(() => null);
  }, [get]);
  return null;
}
