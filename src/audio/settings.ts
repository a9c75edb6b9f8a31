/**
 * Whether the exhibit plays sound, and whether its audio context should run (pure). Sound is on by default in
 * VR, off on the desktop (booth staff stand beside TVs and laptops all day) and off on a `?kiosk` or
 * `?spectate` TV; `?sound=on|off` overrides the default; the visitor's toggle (HUD on the desktop, wrist menu in
 * VR) and the console's mute override both.
 */

/** On or off. */
export type SoundSetting = 'on' | 'off';

/** What decides the setting. */
export interface SoundInputs {
  /** `?sound=on|off`, or null. */
  param: SoundSetting | null;
  /** A `?kiosk` or `?spectate` page: a TV, silent unless `?sound=on`. */
  quiet: boolean;
  /** The visitor's (or the console's) choice on the desktop, or null while untouched. */
  desktopChoice: SoundSetting | null;
  /** The visitor's (or the console's) choice in VR, or null while untouched. */
  vrChoice: SoundSetting | null;
}

/** The setting in force: in VR (`xr`) or on the desktop. */
export function soundSetting(inputs: SoundInputs, xr: boolean): SoundSetting {
  const choice = xr ? inputs.vrChoice : inputs.desktopChoice;
  if (choice) return choice;
  if (inputs.param) return inputs.param;
  if (inputs.quiet) return 'off';
  return xr ? 'on' : 'off';
}

/** What else decides whether the context runs. */
export interface RunInputs {
  setting: SoundSetting;
  /** The page is hidden (another tab, the screen off). */
  pageHidden: boolean;
  /** The VR session is `hidden` or `visible-blurred` (headset off, system menu over it). */
  sessionAway: boolean;
  /** The idle booth's attract loop is playing. */
  attract: boolean;
}

/** Whether the audio context should run now; otherwise it is suspended (no CPU, no sound). */
export const shouldRun = (r: RunInputs): boolean => r.setting === 'on' && !r.pageHidden && !r.sessionAway && !r.attract;

/** Parses `?sound=`: on/off (also 1/0, true/false, yes/no); null when absent; `warn` hears about anything else. */
export function parseSoundParam(search: string, warn: (msg: string) => void = () => {}): SoundSetting | null {
  const v = new URLSearchParams(search).get('sound');
  if (v === null) return null;
  const s = v.trim().toLowerCase();
  if (['on', '1', 'true', 'yes', ''].includes(s)) return 'on';
  if (['off', '0', 'false', 'no'].includes(s)) return 'off';
  warn(`?sound=${v} is not understood; use on or off. Using the default.`);
  return null;
}
