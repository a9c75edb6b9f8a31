/** Registers the self-hosted font subsets for the DOM HUD, so Chinese renders the same everywhere, offline. */
import bold from '../generated/fonts/exhibit-sc-700.woff2?url';
import regular from '../generated/fonts/exhibit-sc-400.woff2?url';

/** Adds the "Exhibit SC" faces to the document (loaded lazily by the browser when text uses them). */
export function registerDomFonts(): void {
  for (const [url, weight] of [
    [regular, '400'],
    [bold, '700'],
  ] as const)
    document.fonts.add(new FontFace('Exhibit SC', `url(${url}) format("woff2")`, { weight, display: 'swap' }));
}
