import { describe, expect, it } from 'vitest';
import { worldParts, worldPartsFor } from '../../src/xr/world-parts';

describe('the VR world, declared once', () => {
  it('is the same list for the headset and the spectator TV: terrace, miniature, plaza, panels', () => {
    const ids = (v: Parameters<typeof worldPartsFor>[0]) => worldPartsFor(v).map((p) => p.id);
    expect(ids('headset')).toEqual(['terrace', 'tabletop', 'plaza', 'panels']);
    expect(ids('spectator')).toEqual(ids('headset'));
  });

  it("leaves the table's built backdrop (the terrace) out of mixed reality, where the room is seen; keeps the plaza for a step into the park", () => {
    expect(worldPartsFor('mixed-reality').map((p) => p.id)).toEqual(['tabletop', 'plaza', 'panels']);
    expect(new Set(worldParts.map((p) => p.id)).size).toBe(worldParts.length);
  });
});
