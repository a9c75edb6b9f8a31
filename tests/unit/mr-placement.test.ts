import { describe, expect, it } from 'vitest';
import { xrConfig } from '../../src/xr/config';
import { defaultPlacement, fitScale, footprint, MIN_SCALE, originForPlacement, parkSize, placeOnSurface, planeSurface, RIM } from '../../src/xr/mr/placement';

describe('MR placement geometry', () => {
  it('keeps 1:1000 where the model fits and shrinks it to fit a smaller surface', () => {
    expect(fitScale(2.5, 2)).toBe(xrConfig.miniatureScale);
    const s = fitScale(1.6, 0.75)!;
    expect(s).toBeLessThan(xrConfig.miniatureScale);
    expect(Math.min(parkSize.x, parkSize.z) * s).toBeCloseTo(0.75 - 2 * RIM, 6);
    expect(fitScale(0.2, 0.2)).toBeNull();
    expect(fitScale(0.75, 1.6)).toBe(s);
    expect(s).toBeGreaterThanOrEqual(MIN_SCALE);
  });

  it('starts at the VR table height and distance in front of the head', () => {
    const p = defaultPlacement([0.1, 1.6, 0.2], 0);
    expect(p.y).toBeCloseTo(0.85, 6);
    expect(p.x).toBeCloseTo(0.1, 6);
    expect(p.z).toBeCloseTo(0.2 - (xrConfig.table.radius + 0.35), 6);
    expect(p.method).toBe('default');
  });

  it('moves the origin so that the room point lands on the VR table centre', () => {
    const centre: [number, number] = [-980, 980];
    for (const p of [{ x: 0.3, z: -0.7, yaw: 0.4 }, { x: -1, z: 2, yaw: -2.5 }]) {
      const o = originForPlacement(p, centre);
      // world = origin + Ry(o.yaw)·local
      const c = Math.cos(o.yaw);
      const s = Math.sin(o.yaw);
      expect(o.x + p.x * c + p.z * s).toBeCloseTo(centre[0], 9);
      expect(o.z - p.x * s + p.z * c).toBeCloseTo(centre[1], 9);
      expect(o.yaw).toBeCloseTo(-p.yaw, 12);
    }
  });

  it('lays the model along a table, inside its outline, from a face-down plane pose as captured rooms write it', () => {
    // office_small's table: turned 180° about x (normal down), 1.6 × 0.75 m.
    const q = { x: 0.99999, y: 0, z: -0.00454, w: 0 };
    const n = Math.hypot(q.x, q.y, q.z, q.w);
    const surface = planeSurface({ x: 0.058, y: 0.748, z: -0.655 }, { x: q.x / n, y: 0, z: q.z / n, w: 0 }, [
      { x: -0.8, z: -0.377 },
      { x: 0.8, z: -0.377 },
      { x: 0.8, z: 0.377 },
      { x: -0.8, z: 0.377 },
    ])!;
    expect(surface.width).toBeCloseTo(1.6, 3);
    expect(surface.y).toBeCloseTo(0.748, 6);
    const p = placeOnSurface(surface, 0, 'plane')!;
    for (const [x, z] of footprint(p)) {
      expect(Math.abs(x - 0.058)).toBeLessThanOrEqual(0.8);
      expect(Math.abs(z + 0.655)).toBeLessThanOrEqual(0.377);
    }
  });

  it('rejects a wall', () => {
    const a = Math.PI / 4;
    expect(planeSurface({ x: 0, y: 1, z: 0 }, { x: Math.sin(a), y: 0, z: 0, w: Math.cos(a) }, [{ x: 0, z: 0 }, { x: 1, z: 0 }, { x: 0, z: 1 }])).toBeNull();
  });
});
