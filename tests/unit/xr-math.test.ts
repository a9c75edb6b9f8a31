import { describe, expect, it } from 'vitest';
import { insideObstacle, panelSpot, stepFade, teleportArc, turnAboutHead, visualAngleDeg, wrapAngle, yawFacing } from '../../src/lib/xr-math';
import { chooseFrameRate, deviceClass, deviceProfiles } from '../../src/xr/device-profile';

describe('VR maths', () => {
  it('turns about the head, not the origin', () => {
    const head: [number, number] = [1, 0];
    const r = turnAboutHead([0, 0], 0, head, Math.PI / 2);
    // The head stays put: origin moves around it.
    expect(r.position[0]).toBeCloseTo(1);
    expect(r.position[1]).toBeCloseTo(1);
    expect(r.yaw).toBeCloseTo(Math.PI / 2);
    expect(wrapAngle(3 * Math.PI)).toBeCloseTo(Math.PI);
  });

  it('lands a forward-and-up arc on the ground ahead', () => {
    const out = new Float32Array(43 * 3);
    const s = Math.SQRT1_2;
    const hit = teleportArc([0, 1.5, 0], [0, s, -s], 16, 9.8, 4, 40, out);
    expect(hit.landed).toBe(true);
    expect(hit.z).toBeLessThan(-20);
    expect(hit.z).toBeGreaterThan(-40);
    expect(Math.abs(hit.x)).toBeLessThan(1e-6);
    expect(out[(hit.count - 1) * 3 + 1]).toBe(0);
  });

  it('does not land an arc aimed at the sky within its time', () => {
    const hit = teleportArc([0, 1.5, 0], [0, 1, 0], 100, 9.8, 2, 20, new Float32Array(23 * 3));
    expect(hit.landed).toBe(false);
  });

  it('pulls a panel closer rather than into a building', () => {
    const wall = { center: [0, -1.4] as [number, number], size: [10, 0.2] as [number, number], yawDeg: 0 };
    const free = panelSpot([0, 0], [0, -1], 1.4, 0.9, []);
    expect(free.distance).toBeCloseTo(1.4);
    const blocked = panelSpot([0, 0], [0, -1], 1.4, 0.9, [wall]);
    expect(blocked.distance).toBeLessThan(1.4);
    expect(insideObstacle(blocked.position, wall, 0.3)).toBe(false);
  });

  it('faces a panel toward the visitor', () => {
    // A +Z-facing panel at the origin turned toward a visitor due east faces east (yaw +90°).
    expect(yawFacing([0, 0], [5, 0])).toBeCloseTo(Math.PI / 2);
  });

  it('fades at a steady rate and stops at the target', () => {
    let f = 0;
    for (let i = 0; i < 10; i++) f = stepFade(f, 1, 0.05, 0.2);
    expect(f).toBe(1);
    expect(stepFade(1, 0, 0.05, 0.2)).toBeCloseTo(0.75);
  });

  it('computes visual angles', () => {
    expect(visualAngleDeg(0.02, 1)).toBeCloseTo(1.146, 2);
  });
});

describe('device profiles', () => {
  it('classifies headset browsers', () => {
    expect(deviceClass('Mozilla/5.0 (X11; Linux x86_64; Quest 3) OculusBrowser/33.0')).toBe('quest3');
    expect(deviceClass('Mozilla/5.0 (X11; Linux x86_64; Quest 2) OculusBrowser/30.0')).toBe('quest2');
    expect(deviceClass('Mozilla/5.0 (Linux; Android 10; PICO 4 OS5.4.0) PicoBrowser/4.0')).toBe('pico4');
    expect(deviceClass('Mozilla/5.0 (X11; Linux x86_64) Chrome/126')).toBe('other');
  });

  it('asks 72 Hz of Quest 2 / Pico 4 class headsets and 90 Hz only where the GPU has room', () => {
    expect(chooseFrameRate([72, 80, 90, 120], deviceProfiles.pico4.frameRate)).toBe(72);
    expect(chooseFrameRate([72, 80, 90, 120], deviceProfiles.quest2.frameRate)).toBe(72);
    expect(chooseFrameRate([72, 80, 90, 120], deviceProfiles.quest3.frameRate)).toBe(90);
    expect(chooseFrameRate([60, 120], 90)).toBe(60);
    expect(chooseFrameRate([120], 90)).toBe(120);
    expect(chooseFrameRate(undefined, 90)).toBe(false);
  });
});

describe('VR standing spots', () => {
  it('lands the visitor clear of every pavilion and building, facing the pavilion', async () => {
    const { content, pavilionPlot } = await import('../../src/content');
    const { pavilionStandPose } = await import('../../src/xr/navigation');
    const { obstacles, canTeleportTo } = await import('../../src/xr/teleport-rules');
    for (const p of content.pavilions) {
      const pose = pavilionStandPose(p.id)!;
      expect(obstacles.some((o) => insideObstacle([pose.x, pose.z], o, 2)), p.id).toBe(false);
      expect(canTeleportTo(pose.x, pose.z), p.id).toBe(true);
      // Facing: the visitor looks along -Z rotated by yaw.
      const fx = -Math.sin(pose.yaw);
      const fz = -Math.cos(pose.yaw);
      const c = pavilionPlot(p).center;
      const toward = (c[0] - pose.x) * fx + (c[1] - pose.z) * fz;
      expect(toward / Math.hypot(c[0] - pose.x, c[1] - pose.z), p.id).toBeGreaterThan(0.99);
    }
  });
  it('refuses teleports into the sea, into buildings and off the map', async () => {
    const { canTeleportTo } = await import('../../src/xr/teleport-rules');
    const { content, pavilionPlot } = await import('../../src/content');
    expect(canTeleportTo(8000, 0)).toBe(false);
    expect(canTeleportTo(...pavilionPlot(content.pavilions[0]!).center)).toBe(false);
    expect(canTeleportTo(0, 0)).toBe(true);
    expect(canTeleportTo(NaN, 0)).toBe(false);
  });
});

describe('adaptive quality', () => {
  it('steps down when the median frame is over budget, up with room to spare, never on a half-full window', async () => {
    const { createFrameWindow, qualityStep, recordFrame, medianFrame } = await import('../../src/lib/frame-budget');
    const w = createFrameWindow(10);
    for (let i = 0; i < 9; i++) recordFrame(w, 40);
    expect(qualityStep(w, 16.7)).toBe(0);
    recordFrame(w, 40);
    expect(qualityStep(w, 16.7)).toBe(-1);
    for (let i = 0; i < 10; i++) recordFrame(w, i % 3 === 0 ? 30 : 5);
    expect(medianFrame(w)).toBe(5);
    expect(qualityStep(w, 16.7)).toBe(1);
    for (let i = 0; i < 10; i++) recordFrame(w, 15);
    expect(qualityStep(w, 16.7)).toBe(0);
  });
});
