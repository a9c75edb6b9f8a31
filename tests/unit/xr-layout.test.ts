import { describe, expect, it } from 'vitest';
import { angularRectOf, arcRoom, arcRules, roomArcRules, menuFacesHead, parkPanelSlot, pointAngles, rectsOverlap, slotPose, tableHeightFor, tablePanelArc, viewingDistance, viewingRules } from '../../src/lib/xr-layout';

const head = [0, 1.7, 0] as const;

describe('VR layout maths', () => {
  it('measures yaw to the right and pitch up, for any head yaw', () => {
    expect(pointAngles(head, 0, [1, 1.7, -1]).yawDeg).toBeCloseTo(45);
    expect(pointAngles(head, 0, [0, 2.7, -1]).pitchDeg).toBeCloseTo(45);
    // Turned 90° left (yaw +π/2 looks along -X): a point on -X is straight ahead.
    expect(pointAngles(head, Math.PI / 2, [-2, 1.7, 0]).yawDeg).toBeCloseTo(0);
    expect(pointAngles(head, Math.PI / 2, [0, 1.7, -2]).yawDeg).toBeCloseTo(90);
  });

  it('tells overlapping angular rectangles from separate ones', () => {
    const a = { yawDeg: 0, pitchDeg: 0, widthDeg: 20, heightDeg: 10 };
    expect(rectsOverlap(a, { ...a, yawDeg: 19 })).toBe(true);
    expect(rectsOverlap(a, { ...a, yawDeg: 21 })).toBe(false);
    expect(rectsOverlap(a, { ...a, pitchDeg: -11 })).toBe(false);
  });

  it('lowers the table for a seated visitor and keeps it in a sensible range', () => {
    expect(tableHeightFor(1.7)).toBeCloseTo(0.95);
    expect(tableHeightFor(1.2)).toBeCloseTo(0.55);
    expect(tableHeightFor(2.2)).toBeLessThanOrEqual(1);
    expect(tableHeightFor(0.8)).toBeGreaterThanOrEqual(0.55);
  });

  for (const headYaw of [0, -Math.PI / 4, 2])
    it(`places four table panels in the comfortable cone, above the model, apart (head yaw ${headYaw})`, () => {
      const modelTop = -19;
      const slots = tablePanelArc([1.1, 0.8, 1.3, 0.9], modelTop);
      const rects = slots.map((slot) => {
        const pose = slotPose(head, headYaw, slot);
        const [x, y, z] = pose.position;
        const hw = slot.width / 2;
        // Corners of the vertical panel facing the head.
        const rx = Math.cos(pose.yaw);
        const rz = -Math.sin(pose.yaw);
        const pts = [0, slot.height / 2, slot.height].flatMap((dy) => [-hw, 0, hw].map((dx) => [x + rx * dx, y + dy, z + rz * dx] as const));
        expect(Math.hypot(x - head[0], z - head[2])).toBeCloseTo(arcRules.distance, 5);
        return angularRectOf(head, headYaw, pts);
      });
      for (const r of rects) {
        // Rule changed with the park window (issue 15): ±60° instead of ±50°, nothing within the window ahead.
        expect(Math.abs(r.yawDeg) + r.widthDeg / 2).toBeLessThanOrEqual(60);
        expect(Math.abs(r.yawDeg) - r.widthDeg / 2).toBeGreaterThanOrEqual(arcRules.windowHalfDeg - 0.5);
        expect(r.pitchDeg + r.heightDeg / 2).toBeLessThanOrEqual(10);
        expect(r.pitchDeg - r.heightDeg / 2).toBeGreaterThanOrEqual(Math.max(-35, modelTop));
      }
      for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(rectsOverlap(rects[i]!, rects[j]!)).toBe(false);
    });

  it('leaves the park window straight ahead clear, with panels nearly as wide as the old unbroken arc gave', () => {
    const slots = tablePanelArc([0.5, 0.5, 0.5, 0.5], -19);
    expect(slots.filter((s) => s.yawDeg < 0)).toHaveLength(2);
    expect(slots.filter((s) => s.yawDeg > 0)).toHaveLength(2);
    const oldWidth = 2 * arcRules.distance * Math.tan((((2 * 49.2 - 3 * 1.6) / 4 / 2) * Math.PI) / 180);
    for (const s of slots) expect(s.width).toBeGreaterThanOrEqual(oldWidth * 0.98);
    // The landmark pavilions, seen from the terrace, lie within −12.4°…+10.7° of the table's direction.
    expect(arcRules.windowHalfDeg).toBeGreaterThanOrEqual(12.5);
  });

  it('narrows a panel too tall for the band instead of letting it reach into the model', () => {
    const room = arcRoom(4, -10);
    const [tall] = tablePanelArc([3], -10);
    expect(tall!.height).toBeCloseTo(room.maxHeight, 6);
    expect(tall!.width).toBeLessThan(room.width);
  });

  it("puts the park panel to the visitor's right, 1.5–2 m away", () => {
    const slot = parkPanelSlot(0.9);
    const pose = slotPose(head, 0, slot);
    const a = pointAngles(head, 0, [pose.position[0], pose.position[1] + slot.height / 2, pose.position[2]]);
    expect(a.yawDeg).toBeGreaterThan(20);
    expect(Math.hypot(pose.position[0], pose.position[2])).toBeGreaterThanOrEqual(1.5);
    expect(Math.hypot(pose.position[0], pose.position[2])).toBeLessThanOrEqual(2);
  });

  it('stands far enough back to see a building whole: its top and width within the viewing rules', () => {
    for (const [h, f] of [[96, [70, 70]], [26, [140, 100]], [62, [92, 92]]] as const) {
      const d = viewingDistance(h, f, 1.7);
      const r = Math.hypot(f[0], f[1]) / 2;
      expect((Math.atan((h - 1.7) / (d - r)) * 180) / Math.PI).toBeLessThanOrEqual(viewingRules.maxElevationDeg + 1e-9);
      expect((Math.asin(r / d) * 180) / Math.PI).toBeLessThanOrEqual(viewingRules.maxHalfWidthDeg + 1e-9);
    }
    expect(viewingDistance(96, [70, 70], 1.7)).toBeGreaterThan(viewingDistance(30, [70, 70], 1.7));
  });

  it('shows the wrist menu only when its face points at the eyes, within reach', () => {
    const menu = [-0.1, 1.35, -0.3] as const;
    const toHead = [0.1, 0.35, 0.3].map((x) => x / Math.hypot(0.1, 0.35, 0.3)) as [number, number, number];
    expect(menuFacesHead(menu, toHead, head, 30)).toBe(true);
    expect(menuFacesHead(menu, [0, 1, 0], head, 30)).toBe(false);
    expect(menuFacesHead([-0.1, 1.35, -1.5], [0, 0, 1], head, 30)).toBe(false);
  });
});

describe('the arc in mixed reality (no park window: the room is seen, the park hidden)', () => {
  it('is unbroken within ±50°, with panels wider than in the park-window arc, so its text has more angle', () => {
    const room = tablePanelArc([0.8, 0.8, 0.8, 0.8], -25, roomArcRules);
    const park = tablePanelArc([0.8, 0.8, 0.8, 0.8], -25, arcRules);
    for (const s of room) expect(Math.abs(s.yawDeg) + (Math.atan2(s.width / 2, s.distance) * 180) / Math.PI).toBeLessThanOrEqual(50 + 1e-9);
    expect(room[0]!.width).toBeGreaterThan(park[0]!.width * 1.04);
    // The middle gap is a plain gap between panels, not a window.
    const halfWidthDeg = (Math.atan2(room[1]!.width / 2, room[1]!.distance) * 180) / Math.PI;
    expect(room[2]!.yawDeg - halfWidthDeg - (room[1]!.yawDeg + halfWidthDeg)).toBeCloseTo(arcRules.gapDeg, 6);
  });
});
