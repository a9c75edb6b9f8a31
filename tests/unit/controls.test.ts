import { describe, expect, it } from 'vitest';
import { content, pavilionPlot } from '../../src/content';
import { intentFromKeys, isMoveKey, isTypingTarget } from '../../src/controls/keys';
import { fitDistance, overviewView, panelView, pavilionPanelPlacement, pavilionView } from '../../src/controls/views';
import { createLabelRects, placeLabels } from '../../src/lib/label-placement';

describe('keyboard mapping', () => {
  it('sums held keys into one movement intent', () => {
    const out = { x: 0, z: 0, turn: 0, zoom: 0 };
    expect(intentFromKeys(new Set(['KeyW', 'KeyD']), out)).toEqual({ x: 1, z: 1, turn: 0, zoom: 0 });
    expect(intentFromKeys(new Set(['ArrowLeft', 'ArrowRight']), out)).toEqual({ x: 0, z: 0, turn: 0, zoom: 0 });
    expect(intentFromKeys(new Set(['KeyQ', 'Minus', 'ArrowDown']), out)).toEqual({ x: 0, z: -1, turn: 1, zoom: -1 });
  });
  it('knows which keys move the camera and leaves text fields alone', () => {
    expect(isMoveKey('KeyW')).toBe(true);
    expect(isMoveKey('Tab')).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', isContentEditable: false } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON', isContentEditable: false } as unknown as EventTarget)).toBe(false);
  });
});

describe('camera framing', () => {
  it('backs off far enough to fit an object in view', () => {
    const d = fitDistance(100, 10, 45, 1.6, 1);
    expect((2 * d * Math.tan((22.5 * Math.PI) / 180))).toBeCloseTo(100, 6);
    // A wide object in a narrow (portrait) view is limited by width.
    expect(fitDistance(10, 100, 45, 0.5, 1)).toBeGreaterThan(fitDistance(10, 100, 45, 2, 1));
  });

  it('flies to a pavilion from the overview bearing and looks at it', () => {
    const p = content.pavilions[0]!;
    const plot = pavilionPlot(p);
    const v = pavilionView(p, plot, { width: 130, height: 60 }, 16 / 9);
    const o = overviewView();
    const dist = Math.hypot(v.position[0] - v.target[0], v.position[2] - v.target[2]);
    expect(dist).toBeGreaterThan(150);
    expect(dist).toBeLessThan(1200);
    // Same side of the park as the overview camera.
    expect(Math.sign(v.position[0] - v.target[0])).toBe(Math.sign(o.position[0] - o.target[0]));
    expect(Math.hypot(v.target[0] - plot.center[0], v.target[2] - plot.center[1])).toBeLessThan(200);
  });

  it('puts the pavilion panel on the viewer’s right, facing the viewer', () => {
    const p = content.pavilions[0]!;
    const plot = pavilionPlot(p);
    const { position, yaw } = pavilionPanelPlacement(p, plot, 130);
    const o = overviewView();
    const fx = o.target[0] - o.position[0];
    const fz = o.target[2] - o.position[2];
    // Right of forward (x, z) is (-z, x) in three's x-east / z-south ground plane.
    const rightDot = (position[0] - plot.center[0]) * -fz + (position[2] - plot.center[1]) * fx;
    expect(rightDot).toBeGreaterThan(0);
    // The panel's normal (sin yaw, cos yaw) points back toward the camera.
    expect(Math.sin(yaw) * -fx + Math.cos(yaw) * -fz).toBeGreaterThan(0);
  });

  it('frames a data panel straight on', () => {
    const v = panelView([0, 70, 0], 0, { width: 420, height: 300 }, 16 / 9);
    expect(v.position[0]).toBeCloseTo(0);
    expect(v.position[1]).toBeCloseTo(220);
    expect(v.position[2]).toBeGreaterThan(300);
  });
});

describe('label de-cluttering', () => {
  it('lifts the farther of two overlapping labels and leaves separate ones alone', () => {
    const l = createLabelRects(3);
    // [cx, bottom, width, height]
    l.rects.set([0, 0, 0.3, 0.05, 0.05, 0.01, 0.3, 0.05, 0.8, 0.5, 0.1, 0.05]);
    l.distance.set([200, 100, 150]);
    placeLabels(l);
    expect(l.lift[1]).toBe(0);
    expect(l.lift[0]).toBeGreaterThan(0);
    expect(l.lift[2]).toBe(0);
  });
});
