import { describe, expect, it } from 'vitest';
import { content, pavilionPlot } from '../../src/content';
import { blocks, type Bearing, chooseBearing, overviewBearing, type Obstacle } from '../../src/controls/approach';
import { pavilionBearing, pavilionPanelWidth } from '../../src/controls/pavilion-approach';

const south: Bearing = [0, 1];
const subject = { center: [0, 0] as [number, number], radius: 40, height: 30, panelWidth: 100 };
const angle = (a: Bearing, b: Bearing) => (Math.acos(Math.min(1, a[0] * b[0] + a[1] * b[1])) * 180) / Math.PI;

describe('close-up approach bearing', () => {
  it('keeps the given bearing when nothing is in the way', () => {
    expect(chooseBearing(subject, [], south)).toEqual(south);
  });

  it('turns away from a tower standing between the camera and the pavilion', () => {
    const tower: Obstacle = { center: [30, 160], radius: 35, height: 96 };
    expect(blocks(subject, tower, south)).toBe(true);
    const b = chooseBearing(subject, [tower], south);
    expect(angle(b, south)).toBeGreaterThan(1);
    expect(blocks(subject, tower, b)).toBe(false);
  });

  it('ignores a low building in front (the line of sight passes over it), one behind, and one far to the side', () => {
    expect(blocks(subject, { center: [0, 200], radius: 50, height: 12 }, south)).toBe(false);
    expect(blocks(subject, { center: [0, -200], radius: 35, height: 96 }, south)).toBe(false);
    expect(blocks(subject, { center: [400, 200], radius: 35, height: 96 }, south)).toBe(false);
  });

  it('gives every pavilion in the content a close-up no other pavilion blocks', () => {
    for (const p of content.pavilions) {
      const b = pavilionBearing(p);
      const me = { center: pavilionPlot(p).center, radius: Math.max(...p.footprint) / 2, height: p.height, panelWidth: pavilionPanelWidth };
      const blockers = content.pavilions
        .filter((o) => o.id !== p.id)
        .filter((o) => blocks(me, { center: pavilionPlot(o).center, radius: Math.max(...o.footprint) / 2, height: o.height }, b))
        .map((o) => o.id);
      expect(blockers, `${p.id} at ${angle(b, overviewBearing()).toFixed(0)}° from the overview bearing`).toEqual([]);
      // Never swing round to look at the park from behind the ridge or out of the sea.
      expect(angle(b, overviewBearing())).toBeLessThanOrEqual(70);
    }
  });
});
