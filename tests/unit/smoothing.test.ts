import { describe, expect, it } from 'vitest';
import { quatAngle, slerpInto, smoothPose, smoothingFactor } from '../../src/lib/smoothing';

const yawQ = (a: number) => [0, Math.sin(a / 2), 0, Math.cos(a / 2)];

describe('spectator camera smoothing', () => {
  it('is frame-rate independent: ten 10 ms steps cover what one 100 ms step covers', () => {
    const target = { p: [1, 0, 0], q: yawQ(1) };
    const fine = { p: [0, 0, 0], q: yawQ(0) };
    const coarse = { p: [0, 0, 0], q: yawQ(0) };
    for (let i = 0; i < 10; i++) smoothPose(fine, target, 0.01, 0.2, 4);
    smoothPose(coarse, target, 0.1, 0.2, 4);
    expect(fine.p[0]).toBeCloseTo(coarse.p[0]!, 9);
    expect(quatAngle(fine.q, coarse.q)).toBeLessThan(1e-6);
    expect(fine.p[0]).toBeCloseTo(1 - Math.exp(-0.5), 9);
  });

  it('moves part of the way (a low-pass, no overshoot) and settles', () => {
    const cur = { p: [0, 1.6, 0], q: yawQ(0) };
    const target = { p: [0.5, 1.6, 0], q: yawQ(0.5) };
    expect(smoothPose(cur, target, 0.05, 0.2, 4)).toBe(false);
    expect(cur.p[0]).toBeGreaterThan(0);
    expect(cur.p[0]).toBeLessThan(0.5);
    let settled = false;
    for (let i = 0; i < 200 && !settled; i++) settled = smoothPose(cur, target, 0.016, 0.2, 4);
    expect(settled).toBe(true);
    expect(cur.p[0]).toBeLessThanOrEqual(0.5);
    expect(quatAngle(cur.q, target.q)).toBeLessThan(0.001);
  });

  it('cuts to a target beyond the snap distance (a teleport) instead of swooping', () => {
    const cur = { p: [-980, 1.6, 980], q: yawQ(0) };
    const target = { p: [100, 1.6, 50], q: yawQ(2) };
    expect(smoothPose(cur, target, 0.016, 0.2, 4)).toBe(true);
    expect(cur.p).toEqual(target.p);
  });

  it('slerps the short way round and keeps the quaternion unit length', () => {
    const a = yawQ(0.1);
    const b = yawQ(0.3).map((v) => -v); // same rotation, opposite sign
    slerpInto(a, b, 0.5);
    expect(Math.hypot(...a)).toBeCloseTo(1, 12);
    expect(quatAngle(a, yawQ(0.2))).toBeLessThan(1e-6);
    expect(smoothingFactor(1, 0)).toBe(1);
  });
});

describe('two-stage smoothing', () => {
  it('starts gently (second order) and still arrives, and cuts on a teleport', async () => {
    const { smoothPoseTwoStage } = await import('../../src/lib/smoothing');
    const cur = { p: [0, 0, 0], q: yawQ(0) };
    const mid = { p: [0, 0, 0], q: yawQ(0) };
    const target = { p: [1, 0, 0], q: yawQ(0.5) };
    const single = { p: [0, 0, 0], q: yawQ(0) };
    smoothPoseTwoStage(cur, mid, target, 0.02, 0.1, 4);
    smoothPose(single, target, 0.02, 0.1, 4);
    // After the first 20 ms the two-stage camera has barely moved, the single stage has jumped 18%.
    expect(cur.p[0]).toBeLessThan(single.p[0]! / 4);
    let t = 0.02;
    while (cur.p[0]! < 0.96 && t < 2) {
      smoothPoseTwoStage(cur, mid, target, 0.02, 0.1, 4);
      t += 0.02;
    }
    expect(t).toBeGreaterThan(0.4);
    expect(t).toBeLessThan(0.6);
    const far = { p: [500, 0, 0], q: yawQ(1) };
    expect(smoothPoseTwoStage(cur, mid, far, 0.02, 0.1, 4)).toBe(true);
    expect(cur.p[0]).toBe(500);
  });
});
