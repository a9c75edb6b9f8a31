import { describe, expect, it } from 'vitest';
import { content, pavilionPlot } from '../../src/content';
import { castShadow, clipToRect, convexHull, distanceToSegment, pointInPolygon, polygonArea, rectCorners } from '../../src/lib/geometry';
import { gradedSteps } from '../../src/scene/ground/sea-geometry';
import { pavilionSite } from '../../src/scene/ground/site-geometry';
import { plotFront } from '../../src/scene/pavilions/front';
import { landPolygon } from '../../src/scene/landscape/coast';
import { distanceToOutline, districtBuildings, planDistrict } from '../../src/scene/landscape/district-plan';
import { SHADOW_SHIFT } from '../../src/scene/sun';

describe('shadow maths', () => {
  it('hulls points counter-clockwise, dropping inner ones', () => {
    const hull = convexHull([[0, 0], [10, 0], [5, 5], [10, 10], [0, 10], [3, 4]]);
    expect(hull).toHaveLength(4);
    expect(polygonArea(hull)).toBe(100);
  });

  it('clips a polygon to a rectangle, and to nothing when they do not meet', () => {
    const square = rectCorners([0, 0], [20, 20]);
    expect(polygonArea(clipToRect(square, { minX: 0, maxX: 100, minZ: 0, maxZ: 100 }))).toBeCloseTo(100, 6);
    expect(clipToRect(square, { minX: 50, maxX: 60, minZ: 50, maxZ: 60 })).toHaveLength(0);
  });

  it('casts a building’s shadow away from the south-east sun, longer for a taller one', () => {
    const base = rectCorners([0, 0], [20, 20]);
    const low = castShadow(base, 10, SHADOW_SHIFT);
    const high = castShadow(base, 40, SHADOW_SHIFT);
    expect(polygonArea(high)).toBeGreaterThan(polygonArea(low));
    // The shadow reaches north-west (−x, −z), never south-east of the base.
    expect(Math.min(...high.map((p) => p[0]))).toBeLessThan(-10 - 20);
    expect(Math.min(...high.map((p) => p[1]))).toBeLessThan(-10 - 15);
    expect(Math.max(...high.map((p) => p[0]))).toBeCloseTo(10, 6);
    expect(Math.max(...high.map((p) => p[1]))).toBeCloseTo(10, 6);
  });

  it('measures distances to segments', () => {
    expect(distanceToSegment([5, 5], [0, 0], [10, 0])).toBe(5);
    expect(distanceToSegment([-3, 4], [0, 0], [10, 0])).toBe(5);
  });
});

describe('the district around the park', () => {
  const plan = planDistrict(content.park);

  it('lays out blocks and fields on land, outside the park and clear of its fence', () => {
    expect(plan.blocks.length).toBeGreaterThan(40);
    expect(plan.fields.length).toBeGreaterThan(20);
    for (const b of plan.blocks) {
      for (const corner of rectCorners(b.center, b.size)) {
        expect(pointInPolygon(corner, content.park.outline)).toBe(false);
        expect(pointInPolygon(corner, landPolygon)).toBe(true);
      }
      expect(distanceToOutline(b.center, content.park.outline)).toBeGreaterThan(100);
    }
  });

  it('leaves the booth table and its view of the park open', () => {
    for (const b of plan.blocks) expect(distanceToSegment(b.center, [-980, 980], [-300, 300])).toBeGreaterThan(150);
  });

  it('continues the main avenue out to the west', () => {
    const avenue = plan.streets.find((s) => s.avenue && s.a[1] === 0 && s.b[1] === 0);
    expect(avenue).toBeDefined();
    expect(Math.min(avenue!.a[0], avenue!.b[0])).toBeLessThan(-3000);
  });

  it('keeps every district building on its block, low', () => {
    const buildings = districtBuildings(plan.blocks);
    expect(buildings.length).toBeGreaterThan(plan.blocks.length);
    for (const d of buildings) {
      const b = plan.blocks[d.block]!;
      expect(Math.abs(d.x - b.center[0]) + d.width / 2).toBeLessThanOrEqual(b.size[0] / 2 + 4);
      expect(Math.abs(d.z - b.center[1]) + d.depth / 2).toBeLessThanOrEqual(b.size[1] / 2 + 4);
      expect(d.height).toBeLessThanOrEqual(30);
    }
  });
});

describe('pavilion sites', () => {
  it('turns each pavilion’s front and plaza towards the main avenue', () => {
    for (const p of content.pavilions) {
      const plot = pavilionPlot(p);
      const f = plotFront(plot, content.park.roads);
      // Plots north of the main avenue (z < 0) face south, those south of it face north.
      expect(f[1]).toBe(plot.center[1] < 0 ? 1 : -1);
      const plaza = pavilionSite(p, plot, content.park).find((s) => s.color === '#e2dccf')!;
      expect(plaza).toBeDefined();
      const towards = plot.center[1] < 0 ? plaza.rect.minZ > plot.center[1] : plaza.rect.maxZ < plot.center[1];
      expect(towards).toBe(true);
    }
  });

  it('keeps plaza and lawns inside the plot and off the pavilion', () => {
    for (const p of content.pavilions) {
      const plot = pavilionPlot(p);
      const base = rectCorners(plot.center, p.footprint, p.yaw);
      for (const s of pavilionSite(p, plot, content.park)) {
        expect(s.rect.minX).toBeGreaterThanOrEqual(plot.center[0] - plot.size[0] / 2);
        expect(s.rect.maxX).toBeLessThanOrEqual(plot.center[0] + plot.size[0] / 2);
        expect(s.rect.minZ).toBeGreaterThanOrEqual(plot.center[1] - plot.size[1] / 2);
        expect(s.rect.maxZ).toBeLessThanOrEqual(plot.center[1] + plot.size[1] / 2);
        expect(clipToRect(base, s.rect)).toHaveLength(0);
      }
    }
  });
});

describe('the sea grid', () => {
  it('is fine near the coast and coarse far out', () => {
    const xs = gradedSteps(1800, 30000, 60, 1.13);
    expect(xs[0]).toBe(1800);
    expect(xs.at(-1)).toBe(30000);
    expect(xs[1]! - xs[0]!).toBe(60);
    expect(xs.at(-2)! - xs.at(-3)!).toBeGreaterThan(1000);
    expect(xs.length).toBeLessThan(50);
  });
});
