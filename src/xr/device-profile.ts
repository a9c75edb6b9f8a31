/**
 * Per-device XR settings: frame rate, foveation and framebuffer scale by headset class. A standalone
 * headset has 11–14 ms a frame, so the exhibit asks for 72 Hz on Quest 2 / Pico 4 class hardware and
 * 90 Hz only where the GPU has room (Quest 3 class), instead of the library's "highest available".
 */
import { headsetModel } from '../lib/headset-model';

/** Headset classes we tune for. */
export type DeviceClass = 'quest3' | 'quest2' | 'pico4' | 'other';

/** Settings for one class. */
export interface DeviceProfile {
  frameRate: number;
  /** Fixed foveation, 0 (none) … 1 (most), where the layer supports it. */
  foveation: number;
  /** Framebuffer scale relative to the browser's default. */
  framebufferScale: number;
}

/** Settings per class (documented in the README). */
export const deviceProfiles: Record<DeviceClass, DeviceProfile> = {
  quest3: { frameRate: 90, foveation: 0.5, framebufferScale: 1 },
  quest2: { frameRate: 72, foveation: 1, framebufferScale: 0.9 },
  pico4: { frameRate: 72, foveation: 1, framebufferScale: 0.9 },
  other: { frameRate: 72, foveation: 0.5, framebufferScale: 1 },
};

/** Classifies a headset browser from its user agent. */
export function deviceClass(userAgent: string): DeviceClass {
  const model = headsetModel(userAgent);
  if (model === 'Quest 3' || model === 'Quest 3S' || model === 'Quest Pro') return 'quest3';
  if (model.startsWith('Quest')) return 'quest2';
  if (model.startsWith('Pico')) return 'pico4';
  return 'other';
}

/** Picks the supported rate closest to the profile's rate, never above it; `false` keeps the browser default. */
export function chooseFrameRate(supported: ArrayLike<number> | undefined, wanted: number): number | false {
  const rates = Array.from(supported ?? []).filter((r) => r > 0);
  if (rates.length === 0) return false;
  const notAbove = rates.filter((r) => r <= wanted);
  return notAbove.length ? Math.max(...notAbove) : Math.min(...rates);
}
