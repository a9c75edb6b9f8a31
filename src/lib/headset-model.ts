/**
 * The one place that reads a headset from a browser's user agent. The exhibit tunes frame rate and foveation by
 * headset class, warms up the controller models a headset will show before its first session, and names the
 * device on the staff console: all three from `headsetModel()`, so they cannot disagree about a headset.
 */

/** A short headset or browser name, e.g. "Pico 4", "Pico 4 Ultra", "Quest 3", "Quest 3S", "Desktop". */
export function headsetModel(ua: string): string {
  const pico = /PICO\s*(\d+)\s*(Ultra|U\b|Pro|Enterprise)?/i.exec(ua);
  if (pico) {
    const suffix = pico[2] ? (/^u$/i.test(pico[2]) ? 'Ultra' : `${pico[2][0]!.toUpperCase()}${pico[2].slice(1).toLowerCase()}`) : '';
    return `Pico ${pico[1]}${suffix ? ` ${suffix}` : ''}`;
  }
  if (/Pico/i.test(ua)) return 'Pico';
  if (/Quest ?3S/i.test(ua)) return 'Quest 3S';
  if (/Quest ?3/i.test(ua)) return 'Quest 3';
  if (/Quest ?Pro/i.test(ua)) return 'Quest Pro';
  if (/Quest ?2/i.test(ua)) return 'Quest 2';
  if (/Quest|OculusBrowser/i.test(ua)) return 'Quest';
  if (/Android/i.test(ua) && /Mobile/i.test(ua)) return 'Phone';
  if (/iPhone/i.test(ua)) return 'iPhone';
  if (/iPad|Android/i.test(ua)) return 'Tablet';
  return 'Desktop';
}

/** The controller profile a headset's browser reports, by model (used before the headset's first session). */
export const CONTROLLER_PROFILE_BY_MODEL: Readonly<Record<string, string>> = {
  'Quest Pro': 'meta-quest-touch-pro',
  'Quest 3': 'meta-quest-touch-plus',
  'Quest 3S': 'meta-quest-touch-plus',
  'Quest 2': 'oculus-touch-v3',
  'Pico 4 Ultra': 'pico-4u',
  'Pico 4': 'pico-4',
};
