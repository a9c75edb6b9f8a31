/**
 * The QR code of a URL as an SVG string, drawn here by the `qrcode` package (loaded on demand), never fetched.
 * Usage: `const svg = useQrSvg(url)` — null until the code for this very URL is ready, or when `url` is null.
 */
import { useEffect, useState } from 'react';

/** The SVG markup of `url`'s QR code, or null while it is drawn (a code for an earlier URL is never returned). */
export function useQrSvg(url: string | null): string | null {
  const [drawn, setDrawn] = useState<{ url: string; svg: string } | null>(null);
  useEffect(() => {
    if (!url) return;
    let live = true;
    void import('qrcode')
      .then((QR) => QR.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }))
      .then((svg) => live && setDrawn({ url, svg }));
    return () => {
      live = false;
    };
  }, [url]);
  // Keyed by URL, so a new URL shows nothing until its own code is drawn, without a reset in the effect.
  return url && drawn?.url === url ? drawn.svg : null;
}
