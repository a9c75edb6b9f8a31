/**
 * "Continue on your phone" on the spectator TV (issue 17): when the followed visitor's VR session ends (the TV
 * goes from showing a headset to waiting) and the booth server names where the exhibit is published
 * (`--public-url`, booth.json `publicUrl`), the TV shows for HANDOFF_MS a QR code to the published exhibit at the
 * pavilion that visitor chose last (the same link as the console's). A visitor entering VR takes it away.
 * Nothing is collected from the phone: it opens the public site, not the booth server. Pure logic here.
 */

/** How long the TV shows the code (ms). */
export const HANDOFF_MS = 30_000;

/** The published exhibit at a pavilion's deep link (`#/pavilion/<id>`), or its plain URL without one. */
export function handoffUrl(publicUrl: string, pavilion: string | null): string {
  const base = publicUrl.split('#')[0]!;
  return pavilion ? `${base}#/pavilion/${encodeURIComponent(pavilion)}` : base;
}

/** What the TV knows at a moment: whether it shows a visitor in VR, and the pavilion selected (mirrored from them). */
export interface HandoffInput {
  inVR: boolean;
  pavilion: string | null;
}

/** The watch's state: was the TV showing VR, the last pavilion chosen in that session, the code shown (if any). */
export interface HandoffState {
  inVR: boolean;
  lastPavilion: string | null;
  shown: { url: string; until: number } | null;
}

/** Before anything is seen. */
export const initialHandoff: HandoffState = { inVR: false, lastPavilion: null, shown: null };

/**
 * The next state at `now`: in VR the last chosen pavilion is kept (and no code shows); the step from VR to
 * waiting shows the code until now + HANDOFF_MS (only with a public URL); the code goes when its time is up.
 */
export function stepHandoff(s: HandoffState, input: HandoffInput, publicUrl: string | null, now: number): HandoffState {
  if (input.inVR) {
    // A new session starts with no pavilion of its own.
    const lastPavilion = input.pavilion ?? (s.inVR ? s.lastPavilion : null);
    return s.inVR && s.lastPavilion === lastPavilion && !s.shown ? s : { inVR: true, lastPavilion, shown: null };
  }
  if (s.inVR) return { inVR: false, lastPavilion: s.lastPavilion, shown: publicUrl ? { url: handoffUrl(publicUrl, s.lastPavilion), until: now + HANDOFF_MS } : null };
  if (s.shown && now >= s.shown.until) return { ...s, shown: null };
  return s;
}
