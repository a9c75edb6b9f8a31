/** The names of the exhibit's sounds (shared by the page's small always-loaded part and the lazy mixer). */

/** Every interaction sound. */
export const CUE_NAMES = ['hover', 'select', 'teleport', 'panelOpen', 'panelClose', 'tourStop', 'denied', 'enterVR', 'exitVR'] as const;
/** One interaction sound's name. */
export type CueName = (typeof CUE_NAMES)[number];

/** Every ambience layer. */
export const BED_NAMES = ['wind', 'sea', 'surf', 'hum'] as const;
/** One ambience layer's name. */
export type BedName = (typeof BED_NAMES)[number];

/** Mixes that `exhibit.renderSound` also renders: each place's whole bed, a bird call, the bed ducking under the chime. */
export const MIX_NAMES = ['terrace', 'park', 'bird', 'duck'] as const;

/** Everything `exhibit.renderSound(name)` accepts. */
export const SOUND_NAMES = [...CUE_NAMES, ...BED_NAMES, ...MIX_NAMES] as const;
/** One renderable sound's name. */
export type SoundName = (typeof SOUND_NAMES)[number];
