/** The spectator TV's "continue on your phone" code (issue 17): its URL and when it shows. */
import { describe, expect, it } from 'vitest';
import { HANDOFF_MS, handoffUrl, initialHandoff, stepHandoff, type HandoffInput, type HandoffState } from '../../src/booth/live/handoff';

const PUB = 'https://expo.example.com/laoshan/';

/** Runs inputs at the given times; returns the states after each. */
function run(steps: readonly [number, HandoffInput][], publicUrl: string | null = PUB): HandoffState[] {
  let s = initialHandoff;
  return steps.map(([now, input]) => (s = stepHandoff(s, input, publicUrl, now)));
}
const vr = (pavilion: string | null = null): HandoffInput => ({ inVR: true, pavilion });
const waiting = (pavilion: string | null = null): HandoffInput => ({ inVR: false, pavilion });

describe('hand-off URL', () => {
  it('is the published exhibit at the pavilion deep link, or the plain URL', () => {
    expect(handoffUrl(PUB, 'goertek')).toBe('https://expo.example.com/laoshan/#/pavilion/goertek');
    expect(handoffUrl(PUB, null)).toBe(PUB);
    // A fragment in the public URL is replaced, ids are encoded.
    expect(handoffUrl('https://x.example/#/overview', 'a b')).toBe('https://x.example/#/pavilion/a%20b');
  });
});

describe('when the TV shows the code', () => {
  it('not while waiting from the start, nor while a visitor is in VR', () => {
    const states = run([
      [0, waiting()],
      [1000, waiting('goertek')],
      [2000, vr('goertek')],
    ]);
    for (const s of states) expect(s.shown).toBeNull();
  });

  it('when the followed session ends: to the last pavilion chosen in it, for HANDOFF_MS', () => {
    const states = run([
      [0, vr()],
      [1000, vr('goertek')],
      [2000, vr(null)], // back to the overview: the last pavilion is still goertek
      [3000, vr('douyin-pico')],
      [4000, vr(null)],
      [5000, waiting('timeline')], // the headset's 2D page after the session: not the visitor's VR choice
      [5000 + HANDOFF_MS - 1, waiting()],
      [5000 + HANDOFF_MS, waiting()],
    ]);
    expect(states[5]!.shown).toEqual({ url: `${PUB}#/pavilion/douyin-pico`, until: 5000 + HANDOFF_MS });
    expect(states[6]!.shown).not.toBeNull();
    expect(states[7]!.shown).toBeNull();
  });

  it('the plain URL when no pavilion was chosen in the session', () => {
    const states = run([
      [0, vr('goertek')],
      [1000, waiting()],
      [2000, vr()], // the next visitor chooses nothing
      [3000, waiting()],
    ]);
    expect(states[1]!.shown?.url).toBe(`${PUB}#/pavilion/goertek`);
    expect(states[2]!.shown).toBeNull();
    expect(states[3]!.shown?.url).toBe(PUB);
  });

  it('goes away when a visitor enters VR again', () => {
    const states = run([
      [0, vr('goertek')],
      [1000, waiting()],
      [2000, vr()],
    ]);
    expect(states[1]!.shown).not.toBeNull();
    expect(states[2]!.shown).toBeNull();
  });

  it('never without a public URL', () => {
    const states = run(
      [
        [0, vr('goertek')],
        [1000, waiting()],
      ],
      null,
    );
    expect(states[1]!.shown).toBeNull();
  });

  it('keeps the same state object while nothing changes (no needless re-render)', () => {
    const a = stepHandoff(initialHandoff, vr('goertek'), PUB, 0);
    expect(stepHandoff(a, vr('goertek'), PUB, 100)).toBe(a);
    const w = stepHandoff(initialHandoff, waiting(), PUB, 0);
    expect(w).toBe(initialHandoff);
  });
});
