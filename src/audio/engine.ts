/**
 * The mixer (Web Audio graph), the same for the live exhibit and for offline renders in tests: interaction
 * sounds on the cue bus, spatial in VR (HRTF, from the controller or the panel); ambience layers on the ambience
 * bus, which ducks under the tour's caption chime. The surf sits on the nearest
 * point of the coast (east) and fades with distance; birds call from trees near the listener. Per-frame calls
 * (`setListener`, `setController`) only write AudioParam values: no allocation.
 */
import { content } from '../content';
import { layoutTrees } from '../lib/layout';
import { coastline } from '../scene/landscape/coast';
import { BED_NAMES, BED_RATE, BIRD_VARIANTS, synthBedSliced, synthBird, type BedName } from './synth/ambience-synth';
import { synthCue, type CueName } from './synth/cue-synth';
import { seededRandom } from './synth/dsp';
import { nearestOnPolyline, treeNear } from './spatial';

/** Which ambience plays: the booth terrace (VR table) or the park (VR at full scale, and the desktop). */
export type Place = 'terrace' | 'park';
/** Where an interaction sound comes from in VR. */
export type CueSource = 'controller' | 'panel' | 'none';

/** Gain of each layer per place (on top of the layer's own level, `bedLevels`). */
export const placeMix: Record<Place, Record<BedName, number>> = {
  terrace: { wind: 0.8, sea: 0.55, surf: 0, hum: 0.25 },
  park: { wind: 0.4, sea: 0, surf: 1, hum: 0.5 },
};
/** The ambience bus's gain: the whole bed sits well under the interaction sounds. */
export const AMBIENCE_GAIN = 0.6;
/** The ambience bus's gain while the caption chime rings (about −9 dB). */
export const DUCK_GAIN = 0.35;
/** How the surf fades with distance from the coast (inverse law: full level within 1.2 km). */
export const surfDistance = { refDistance: 1200, rolloffFactor: 1.5, maxDistance: 20000 };

const rateKey = (name: string, rate: number) => `${name}@${rate}`;
const cueData = new Map<string, Float32Array>();
const bedData = new Map<BedName, Float32Array>();
const birdData = new Map<string, Float32Array>();

/** The samples of an interaction sound at a rate (made once, kept). */
export function cueSamples(name: CueName, rate: number): Float32Array {
  const k = rateKey(name, rate);
  let d = cueData.get(k);
  if (!d) cueData.set(k, (d = synthCue(name, rate)));
  return d;
}
/** The samples of an ambience layer (made once, kept), made a pass per task so that no frame waits long. */
export async function bedSamples(name: BedName): Promise<Float32Array> {
  let d = bedData.get(name);
  if (!d) bedData.set(name, (d = await synthBedSliced(name, BED_RATE)));
  return d;
}
/** The samples of a bird call variant at a rate (made once, kept). */
export function birdSamples(v: number, rate: number): Float32Array {
  const k = rateKey(`bird${v}`, rate);
  let d = birdData.get(k);
  if (!d) birdData.set(k, (d = synthBird(v, rate)));
  return d;
}

/** A mono AudioBuffer holding `data`. */
export function toBuffer(ctx: BaseAudioContext, data: Float32Array, rate: number): AudioBuffer {
  const b = ctx.createBuffer(1, data.length, rate);
  b.getChannelData(0).set(data);
  return b;
}

const setParam = (p: AudioParam | undefined, v: number) => {
  if (p) p.value = v;
};

/** The mixer. */
export interface Engine {
  readonly ctx: BaseAudioContext;
  /** Starts the ambience layers (makes their buffers first, one per task so no frame waits long). */
  startAmbience(): Promise<void>;
  /** Crossfades to a place's ambience (`immediate` for offline renders). */
  setPlace(place: Place, immediate?: boolean): void;
  /** The listener: position, forward and up (world metres); every frame, no allocation. */
  setListener(px: number, py: number, pz: number, fx: number, fy: number, fz: number, ux: number, uy: number, uz: number): void;
  /** The pointing controller's world position (VR); every frame, no allocation. */
  setController(x: number, y: number, z: number): void;
  /** Plays an interaction sound now (or at `when`, context time). */
  playCue(name: CueName, from?: CueSource, when?: number): void;
  /** Plays a bird call from a point (world metres). */
  playBird(variant: number, x: number, y: number, z: number, when?: number): void;
  /** Lowers the ambience under the caption chime and brings it back. */
  duck(when?: number): void;
  /** Stops everything and disconnects the graph. */
  dispose(): void;
}

/** Builds the mixer on a context (live, or offline for tests). `spatial`: cues from the controller or panel (VR). */
export function createEngine(ctx: BaseAudioContext, opts: { spatial: () => boolean }): Engine {
  // No compressor on the master: Web Audio's adds its own make-up gain (it lifted every sound by 2 dB over its
  // design level in the first renders). The levels leave headroom instead: the loudest cue peaks at −8 dBFS, the
  // bed at about −20, so even the chime over enterVR over the bed stays below −3 dBFS.
  const master = ctx.createGain();
  master.connect(ctx.destination);
  const cueBus = ctx.createGain();
  cueBus.connect(master);
  const ambience = ctx.createGain();
  ambience.gain.value = AMBIENCE_GAIN;
  ambience.connect(master);

  const surfPanner = ctx.createPanner();
  surfPanner.panningModel = 'equalpower';
  surfPanner.distanceModel = 'inverse';
  Object.assign(surfPanner, surfDistance);
  surfPanner.connect(ambience);

  const layerGain = {} as Record<BedName, GainNode>;
  for (const name of BED_NAMES) {
    const g = ctx.createGain();
    g.gain.value = 0;
    g.connect(name === 'surf' ? surfPanner : ambience);
    layerGain[name] = g;
  }
  const sources: AudioBufferSourceNode[] = [];
  let place: Place = 'park';
  let disposed = false;

  // Listener state kept for placing cues (the panel stands to the visitor's front right).
  const head = new Float64Array(9);
  const ctrl = new Float64Array([0, 0, 0]);
  const coastPoint: [number, number] = [0, 0];
  const L = ctx.listener;

  const applyPlace = (immediate: boolean) => {
    for (const name of BED_NAMES) {
      const target = placeMix[place][name];
      const g = layerGain[name].gain;
      if (immediate) g.setValueAtTime(target, ctx.currentTime);
      else g.setTargetAtTime(target, ctx.currentTime, 0.8);
    }
  };

  const engine: Engine = {
    ctx,
    async startAmbience() {
      for (const name of BED_NAMES) {
        // Making a 40 s buffer takes tens of milliseconds on a headset: one pass over it per task.
        const data = await bedSamples(name);
        if (disposed) return;
        const src = ctx.createBufferSource();
        src.buffer = toBuffer(ctx, data, BED_RATE);
        src.loop = true;
        src.connect(layerGain[name]);
        src.start();
        sources.push(src);
      }
    },
    setPlace(p, immediate = false) {
      place = p;
      applyPlace(immediate);
    },
    setListener(px, py, pz, fx, fy, fz, ux, uy, uz) {
      head[0] = px; head[1] = py; head[2] = pz; head[3] = fx; head[4] = fy; head[5] = fz; head[6] = ux; head[7] = uy; head[8] = uz;
      if (L.positionX) {
        setParam(L.positionX, px); setParam(L.positionY, py); setParam(L.positionZ, pz);
        setParam(L.forwardX, fx); setParam(L.forwardY, fy); setParam(L.forwardZ, fz);
        setParam(L.upX, ux); setParam(L.upY, uy); setParam(L.upZ, uz);
      } else {
        L.setPosition(px, py, pz);
        L.setOrientation(fx, fy, fz, ux, uy, uz);
      }
      nearestOnPolyline(coastline, px, pz, coastPoint);
      setParam(surfPanner.positionX, coastPoint[0]);
      setParam(surfPanner.positionY, 0);
      setParam(surfPanner.positionZ, coastPoint[1]);
    },
    setController(x, y, z) {
      ctrl[0] = x; ctrl[1] = y; ctrl[2] = z;
    },
    playCue(name, from = 'controller', when = ctx.currentTime) {
      const src = ctx.createBufferSource();
      src.buffer = toBuffer(ctx, cueSamples(name, ctx.sampleRate), ctx.sampleRate);
      if (opts.spatial() && from !== 'none') {
        const p = ctx.createPanner();
        p.panningModel = 'HRTF';
        p.distanceModel = 'inverse';
        p.refDistance = 1;
        p.rolloffFactor = 0.5;
        let x = ctrl[0]!, y = ctrl[1]!, z = ctrl[2]!;
        if (from === 'panel') {
          // Forward × up = right: the panel stands about 1.7 m away to the front right.
          const rx = head[4]! * head[8]! - head[5]! * head[7]!;
          const rz = head[3]! * head[7]! - head[4]! * head[6]!;
          x = head[0]! + head[3]! * 1.2 + rx * 1.2;
          y = head[1]!;
          z = head[2]! + head[5]! * 1.2 + rz * 1.2;
        }
        setParam(p.positionX, x); setParam(p.positionY, y); setParam(p.positionZ, z);
        src.connect(p).connect(cueBus);
      } else src.connect(cueBus);
      src.start(when);
      if (name === 'tourStop') engine.duck(when);
    },
    playBird(variant, x, y, z, when = ctx.currentTime) {
      const src = ctx.createBufferSource();
      src.buffer = toBuffer(ctx, birdSamples(variant % BIRD_VARIANTS, ctx.sampleRate), ctx.sampleRate);
      const p = ctx.createPanner();
      p.panningModel = 'equalpower';
      p.distanceModel = 'inverse';
      p.refDistance = 8;
      p.rolloffFactor = 1;
      setParam(p.positionX, x); setParam(p.positionY, y); setParam(p.positionZ, z);
      src.connect(p).connect(ambience);
      src.start(when);
    },
    duck(when = ctx.currentTime) {
      const g = ambience.gain;
      g.cancelScheduledValues(when);
      g.setTargetAtTime(AMBIENCE_GAIN * DUCK_GAIN, when, 0.04);
      g.setTargetAtTime(AMBIENCE_GAIN, when + 1.1, 0.4);
    },
    dispose() {
      disposed = true;
      for (const s of sources) {
        try {
          s.stop();
        } catch {
          // Already stopped.
        }
        s.disconnect();
      }
      master.disconnect();
    },
  };
  applyPlace(true);
  return engine;
}

/** Trees of the park, for the birds. */
let trees: { x: number; z: number }[] | null = null;
const treeList = () => (trees ??= layoutTrees(content.park));

/**
 * Birds: every 1.5–5 s, a call from one of the trees within 70 m of the listener, while `active()` says so (park,
 * context running). Returns a stop function.
 */
export function startBirds(engine: Engine, active: () => boolean, listener: () => [number, number]): () => void {
  const rand = seededRandom(Date.now() & 0xffff);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    if (active()) {
      const [x, z] = listener();
      const i = treeNear(treeList(), x, z, 70, rand);
      if (i >= 0) {
        const t = treeList()[i]!;
        engine.playBird(Math.floor(rand() * BIRD_VARIANTS), t.x, 5 + rand() * 4, t.z);
      }
    }
    timer = setTimeout(tick, 1500 + rand() * 3500);
  };
  timer = setTimeout(tick, 1000);
  return () => clearTimeout(timer);
}
