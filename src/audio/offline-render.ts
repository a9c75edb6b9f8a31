/**
 * Renders a sound through the real mixer into an OfflineAudioContext (48 kHz stereo), for the checks in
 * tests/e2e/sound.test.ts and for listening (`exhibit.renderSound`). Ambience layers are rendered across their
 * loop point (`seamAt`), mixes at a fixed spot: the terrace at the VR table, the park at its centre.
 */
import { xrConfig } from '../xr/config';
import { createEngine, toBuffer, bedSamples } from './engine';
import { BED_NAMES, CUE_NAMES, type BedName, type CueName, type SoundName } from './names';
import { cueSeconds } from './synth/cue-synth';
import { BED_RATE } from './synth/ambience-synth';

/** A rendered sound: its channels, rate, and for a loop the time of its loop point in the render. */
export interface RenderedSound {
  sampleRate: number;
  channels: Float32Array[];
  seamAt: number | null;
}

const RATE = 48000;

/** Renders `name` (see `SOUND_NAMES`); `seconds` sets the length of ambience renders (default 8). */
export async function renderSound(name: SoundName, seconds = 8): Promise<RenderedSound> {
  const isCue = (CUE_NAMES as readonly string[]).includes(name);
  const isBed = (BED_NAMES as readonly string[]).includes(name);
  const length = Math.ceil((isCue ? cueSeconds[name as CueName] + 0.1 : name === 'bird' ? 1.6 : seconds) * RATE);
  const ctx = new OfflineAudioContext({ numberOfChannels: 2, length, sampleRate: RATE });
  const engine = createEngine(ctx, { spatial: () => false });
  // Silence all layers; a mix turns its place's on below.
  let seamAt: number | null = null;
  const [tx, ty, tz] = xrConfig.table.position; // ty: the viewing deck's floor
  if (isCue) engine.playCue(name as CueName, 'none', 0.05);
  else if (isBed) {
    const bed = name as BedName;
    // The layer alone at unit gain, started so that its loop point falls mid-render.
    const src = ctx.createBufferSource();
    const data = await bedSamples(bed);
    src.buffer = toBuffer(ctx, data, BED_RATE);
    src.loop = true;
    src.connect(ctx.destination);
    const loopSeconds = data.length / BED_RATE;
    seamAt = seconds / 2;
    src.start(0, loopSeconds - seamAt);
  } else if (name === 'bird') {
    engine.setListener(0, 1.6, 0, 0, 0, -1, 0, 1, 0);
    engine.playBird(0, 3, 6, -8, 0.05);
    engine.playBird(3, -6, 7, -5, 0.6);
  } else {
    if (name === 'terrace') engine.setListener(tx, ty + 1.6, tz, 0.707, 0, -0.707, 0, 1, 0);
    else engine.setListener(0, 1.6, 0, 0, 0, -1, 0, 1, 0);
    engine.setPlace(name === 'terrace' ? 'terrace' : 'park', true);
    await engine.startAmbience();
    if (name === 'duck') engine.playCue('tourStop', 'none', seconds / 2);
  }
  const out = await ctx.startRendering();
  return { sampleRate: RATE, channels: [out.getChannelData(0), out.getChannelData(1)], seamAt };
}
