import { describe, expect, it } from 'vitest';
import { visualAngleDeg } from '../../src/lib/xr-math';
import { panelFont } from '../../src/scene/panels/panel-layout';
import { xrConfig } from '../../src/xr/config';
import { tablePanelRing } from '../../src/xr/VRPanels';
import { MINI_LABEL_SIZE } from '../../src/xr/Tabletop';

const smallest = Math.min(...Object.values(panelFont));

describe('VR text legibility (at least about 1.2° of visual angle)', () => {
  it('holds for the smallest text on a pavilion panel at its usual distance (closer only helps)', () => {
    expect(visualAngleDeg(smallest * xrConfig.panel.scale, xrConfig.panel.distance)).toBeGreaterThanOrEqual(xrConfig.minTextAngleDeg);
  });

  it('holds for the data panels standing around the table', () => {
    // The panel stands at `distance` from where the visitor stands at the table.
    expect(visualAngleDeg(smallest * tablePanelRing.scale, tablePanelRing.distance)).toBeGreaterThanOrEqual(xrConfig.minTextAngleDeg);
  });

  it('holds for the labels on the miniature, seen from the far edge of the table', () => {
    const farEdge = xrConfig.table.radius * 2 + 0.35;
    const eyeAboveTable = 1.6 - xrConfig.table.height;
    expect(visualAngleDeg(MINI_LABEL_SIZE, Math.hypot(farEdge, eyeAboveTable))).toBeGreaterThanOrEqual(xrConfig.minTextAngleDeg);
  });

  it('keeps panels between 0.9 m and 3 m away, as the art direction asks', () => {
    for (const d of [xrConfig.panel.distance, xrConfig.panel.minDistance, tablePanelRing.distance]) {
      expect(d).toBeGreaterThanOrEqual(0.9);
      expect(d).toBeLessThanOrEqual(3);
    }
  });
});
