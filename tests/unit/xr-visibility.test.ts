import { describe, expect, it } from 'vitest';
import { createExhibitStore } from '../../src/state/store';

describe('session visibility', () => {
  it('the system menu (visible-blurred) pauses without counting as the headset taken off; visible resumes', () => {
    const store = createExhibitStore();
    const { setXR, setXRVisibility } = store.getState().actions;
    setXR(true);
    setXRVisibility('visible-blurred');
    expect(store.getState()).toMatchObject({ paused: true, headsetOff: false });
    setXRVisibility('hidden');
    expect(store.getState()).toMatchObject({ paused: true, headsetOff: true });
    setXRVisibility('visible');
    expect(store.getState()).toMatchObject({ paused: false, headsetOff: false });
  });

  it('leaving VR clears both', () => {
    const store = createExhibitStore();
    const { setXR, setXRVisibility } = store.getState().actions;
    setXR(true);
    setXRVisibility('hidden');
    setXR(false);
    expect(store.getState()).toMatchObject({ xr: false, paused: false, headsetOff: false });
  });
});
