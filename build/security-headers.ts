/**
 * The exhibit's Content Security Policy and security headers: one definition, sent by the booth server and
 * written into the built page as a `<meta http-equiv>` (for any other static host).
 *
 * Beyond 'self': `data:` images (QR codes), and `blob:` images and fetches, because three's GLTFLoader
 * unpacks the controller models' embedded textures into blob URLs. troika-three-text's workers would need
 * 'unsafe-eval' (they rebuild their code from strings), so the exhibit typesets on the main thread instead.
 * No 'unsafe-inline' scripts or styles: React sets styles through the CSSOM, which CSP allows.
 */

/** CSP directives, in order. */
export const cspDirectives: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'", 'blob:'],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** The policy as one header value; `frameAncestors` only works as a header, not in a meta tag. */
export function contentSecurityPolicy({ frameAncestors = false } = {}): string {
  const d = { ...cspDirectives, ...(frameAncestors ? { 'frame-ancestors': ["'self'"] } : {}) };
  return Object.entries(d)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');
}

/** Headers the booth server sends with every response. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: true }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // WebXR for the exhibit itself (the headset's immersive session), nothing else.
    'Permissions-Policy': 'xr-spatial-tracking=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
