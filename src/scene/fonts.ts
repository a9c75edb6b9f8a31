/**
 * The self-hosted font subsets (generated from the content at build time). Every troika text gets one of
 * these explicitly; troika only falls back to its CDN for glyphs a font lacks, and a test checks that the
 * subsets cover every character the content and UI use.
 */
import { configureTextBuilder } from 'troika-three-text';
import bold from '../generated/fonts/exhibit-sc-700.ttf?url';
import regular from '../generated/fonts/exhibit-sc-400.ttf?url';

/** Font URLs for the 3D scene. */
export const sceneFonts = { regular, bold } as const;

// Typeset on the main thread: troika's workers rebuild their code with eval, which our CSP forbids.
configureTextBuilder({ defaultFontURL: regular, useWorker: false });
