import { afterEach, describe, expect, it } from 'vitest';
import { trackSessionPointers } from '../../src/xr/session-pointers';

const g = globalThis as { pointerEventspointerMap?: Map<number, unknown> };
afterEach(() => {
  delete g.pointerEventspointerMap;
});

describe('session pointers', () => {
  it('unregisters the pointers a session added and keeps the ones that were there before', () => {
    g.pointerEventspointerMap = new Map([[1, 'desktop mouse']]);
    const end = trackSessionPointers();
    g.pointerEventspointerMap.set(7, 'left ray');
    g.pointerEventspointerMap.set(8, 'right ray');
    end();
    expect([...g.pointerEventspointerMap.keys()]).toEqual([1]);
  });

  it('does nothing when the pointer library has not loaded', () => {
    const end = trackSessionPointers();
    expect(() => end()).not.toThrow();
    expect(g.pointerEventspointerMap).toBeUndefined();
  });
});
