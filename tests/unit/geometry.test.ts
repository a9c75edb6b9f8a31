import { describe, expect, it } from 'vitest';
import { m2ToHa, m2ToMu, muToM2, pointInPolygon, polygonArea, rectCorners, seededRandom } from '../../src/lib/geometry';
import { realFiles } from './content-helpers';

describe('layout maths', () => {
  it('converts mu and square metres: 2,000 mu is 133.33 ha, as the report says', () => {
    expect(muToM2(1)).toBeCloseTo(666.667, 3);
    expect(m2ToHa(muToM2(2000))).toBeCloseTo(133.33, 2);
    expect(m2ToMu(muToM2(1234.5))).toBeCloseTo(1234.5, 9);
  });

  it('computes polygon areas regardless of winding', () => {
    const square: [number, number][] = [[0, 0], [100, 0], [100, 100], [0, 100]];
    expect(polygonArea(square)).toBe(10000);
    expect(polygonArea([...square].reverse())).toBe(10000);
  });

  it('draws the park outline at true scale: 133.33 ha within 1%', () => {
    const area = polygonArea(realFiles()['park.json'].outline);
    expect(Math.abs(area - muToM2(2000)) / muToM2(2000)).toBeLessThan(0.01);
    // About 1.15 km across if it were square, as the art direction expects.
    expect(Math.sqrt(area)).toBeGreaterThan(1100);
    expect(Math.sqrt(area)).toBeLessThan(1200);
  });

  it('tests points against polygons', () => {
    const tri: [number, number][] = [[0, 0], [10, 0], [0, 10]];
    expect(pointInPolygon([2, 2], tri)).toBe(true);
    expect(pointInPolygon([8, 8], tri)).toBe(false);
  });

  it('rotates rectangle corners about the centre', () => {
    const c = rectCorners([10, 20], [4, 2], 90);
    const xs = c.map((p) => Math.round(p[0]));
    const zs = c.map((p) => Math.round(p[1]));
    expect(Math.max(...xs) - Math.min(...xs)).toBe(2);
    expect(Math.max(...zs) - Math.min(...zs)).toBe(4);
  });

  it('repeats the same pseudo-random sequence for the same seed', () => {
    const a = seededRandom(5);
    const b = seededRandom(5);
    const seq = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(seq);
    expect(seq.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
