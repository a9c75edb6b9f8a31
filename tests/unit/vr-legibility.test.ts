import { describe, expect, it } from 'vitest';
import { content } from '../../src/content';
import { panelModel, pavilionModel } from '../../src/content/panel-model';
import { arcRoom, parkPanelRules, tableHeightFor, textAngleDeg } from '../../src/lib/xr-layout';
import { GLANCE_MIN_FONT, layoutGlance } from '../../src/scene/panels/glance-layout';
import { xrConfig } from '../../src/xr/config';
import { DECK_Y } from '../../src/xr/deck';
import { MINI_LABEL_SIZE, TITLE_SIZE } from '../../src/xr/Tabletop';
import { layoutTable, TABLE_SLOTS } from '../../src/xr/table-layout';
import { tableCentre } from '../../src/xr/teleport-rules';
import { WRIST_MENU_SCALE } from '../../src/xr/WristMenu';

const [sx, , sz] = xrConfig.table.position;
const yaw = (xrConfig.table.yawDeg * Math.PI) / 180;

describe('VR text legibility (at least about 1.2° of visual angle)', () => {
  for (const eye of [1.7, 1.2]) {
    it(`holds for the table panels of a visitor with eyes at ${eye} m, and every panel keeps its figures`, () => {
      const layout = layoutTable([sx, DECK_Y + eye, sz], yaw);
      const room = arcRoom(TABLE_SLOTS, layout.modelTopDeg);
      expect(textAngleDeg((GLANCE_MIN_FONT * room.width) / 100, 2.2)).toBeGreaterThanOrEqual(xrConfig.minTextAngleDeg);
      for (const lang of ['zh', 'en'] as const)
        for (const p of content.panels) {
          const l = layoutGlance(panelModel(p, lang), { maxHeight: layout.maxUnits });
          expect(l.height).toBeLessThanOrEqual(layout.maxUnits);
          expect(l.texts.length, `${p.id} ${lang}`).toBeGreaterThan(4);
        }
    });
  }

  it("holds for the pavilion's panel in the park, with its buttons", () => {
    expect(textAngleDeg((GLANCE_MIN_FONT * parkPanelRules.width) / 100, parkPanelRules.distance)).toBeGreaterThanOrEqual(xrConfig.minTextAngleDeg);
    const l = layoutGlance(pavilionModel(content.pavilions[0]!, 'en'), { buttons: [{ id: 'a', label: 'Back to table' }] });
    expect(l.texts.some((t) => t.key === 'btn-a')).toBe(true);
  });

  it('holds for the wrist menu held at 45 cm', () => {
    expect(textAngleDeg(GLANCE_MIN_FONT * WRIST_MENU_SCALE, 0.45)).toBeGreaterThanOrEqual(xrConfig.minTextAngleDeg);
  });

  it('holds for the labels on the miniature seen from the far edge, and for the plaque on the near rim', () => {
    const [cx, cz] = tableCentre();
    const far = Math.hypot(cx - sx, cz - sz) + 0.6;
    for (const eye of [1.7, 1.2]) {
      expect(textAngleDeg(MINI_LABEL_SIZE, Math.hypot(far, eye - tableHeightFor(eye)))).toBeGreaterThanOrEqual(xrConfig.minTextAngleDeg);
      expect(textAngleDeg(TITLE_SIZE, Math.hypot(0.6, eye - tableHeightFor(eye)))).toBeGreaterThanOrEqual(xrConfig.minTextAngleDeg);
    }
  });
});
