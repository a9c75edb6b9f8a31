/**
 * The viewing deck (issue 15, "the first view shows the park"): the booth table stands high enough over the ground
 * that the park is seen from above beyond the table, the deck stands on a tower down to the ground, the table
 * suits the visitor's eyes over the deck's floor exactly as on the ground, and jumps leave and reach the right floor.
 */
import { Box3, type BufferAttribute } from 'three';
import { beforeEach, describe, expect, it } from 'vitest';
import { content } from '../../src/content';
import { pointAngles, tableHeightFor } from '../../src/lib/xr-layout';
import { useExhibit } from '../../src/state/store';
import { xrConfig } from '../../src/xr/config';
import { DECK_TOWER_RADIUS, DECK_Y, floorUnder } from '../../src/xr/deck';
import { terraceSolids } from '../../src/xr/hall-geometry';
import { motion, originPose, placeAt, tablePose, teleportTo } from '../../src/xr/navigation';
import { layoutTable } from '../../src/xr/table-layout';
import { canTeleportTo, tableCentre } from '../../src/xr/teleport-rules';

const [sx, , sz] = xrConfig.table.position;
const yaw = (xrConfig.table.yawDeg * Math.PI) / 180;

describe('the viewing deck', () => {
  beforeEach(() => {
    useExhibit.getState().actions.setXR(true);
    useExhibit.getState().actions.setXRMode('vr');
  });

  it('puts the whole park well below the horizon for a standing and a seated visitor, so it is seen from above', () => {
    for (const eye of [1.7, 1.2]) {
      const head = [sx, DECK_Y + eye, sz] as const;
      // The park's outline: its nearest edge is at least 5° below the eyes (on the ground it would be ~0.1°).
      const highest = Math.max(...content.park.outline.map(([x, z]) => pointAngles(head, yaw, [x, 0, z]).pitchDeg));
      expect(highest, `eyes at ${eye} m`).toBeLessThan(-1.5);
      const nearest = Math.min(...content.park.outline.map(([x, z]) => pointAngles(head, yaw, [x, 0, z]).pitchDeg));
      expect(nearest, `eyes at ${eye} m`).toBeLessThan(-5);
    }
  });

  it('gives the table the height the eyes call for over the deck floor, and the same model angles as on the ground', () => {
    for (const eye of [1.7, 1.2]) {
      const onDeck = layoutTable([sx, DECK_Y + eye, sz], yaw);
      const onGround = layoutTable([sx, eye, sz], yaw);
      expect(onDeck.height - DECK_Y).toBeCloseTo(tableHeightFor(eye), 6);
      expect(onGround.height).toBeCloseTo(tableHeightFor(eye), 6);
      expect(onDeck.modelTopDeg).toBeCloseTo(onGround.modelTopDeg, 6);
      expect(onDeck.maxUnits).toBeCloseTo(onGround.maxUnits, 6);
    }
    expect(floorUnder(DECK_Y + 0.55)).toBe(DECK_Y);
    expect(floorUnder(1.7)).toBe(0);
  });

  it('stands on a tower that reaches the ground (nothing floats), which a teleport cannot land inside', () => {
    const box = new Box3().setFromBufferAttribute(terraceSolids(0.95, DECK_Y).getAttribute('position') as BufferAttribute);
    expect(box.min.y).toBeCloseTo(-DECK_Y, 3);
    const flat = new Box3().setFromBufferAttribute(terraceSolids(0.95).getAttribute('position') as BufferAttribute);
    expect(flat.min.y).toBeGreaterThan(-0.01);
    const [cx, cz] = tableCentre();
    expect(canTeleportTo(cx + DECK_TOWER_RADIUS * 0.9, cz)).toBe(false);
    expect(canTeleportTo(cx + DECK_TOWER_RADIUS + 40, cz)).toBe(true);
  });

  it('starts a VR visitor on the deck and an MR visitor on the room floor; a teleport from the deck lands in the park', () => {
    expect(tablePose().y).toBe(DECK_Y);
    placeAt(tablePose());
    expect(originPose.y).toBe(DECK_Y);
    expect(useExhibit.getState().xrPlace).toBe('table');
    teleportTo(sx + 60, sz - 60);
    expect(motion.pending).toMatchObject({ y: 0, place: 'park' });
    useExhibit.getState().actions.setXRMode('mr');
    expect(tablePose().y).toBe(0);
    placeAt(tablePose());
    teleportTo(sx + 2, sz);
    expect(motion.pending).toMatchObject({ y: 0, place: 'table' });
  });
});
