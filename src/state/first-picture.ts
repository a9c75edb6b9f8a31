/** Resolves once the 3D scene has drawn its first frame (the service worker waits for it; tests read it). */
let resolveFirst: () => void = () => {};
let drawn = false;

/** The first picture, as a promise. */
export const firstPicture: Promise<void> = new Promise((r) => {
  resolveFirst = r;
});

/** Marks the first picture as drawn (called by the scene). */
export function markFirstPicture(): void {
  if (drawn) return;
  drawn = true;
  resolveFirst();
}

/** Whether the first picture has been drawn. */
export const hasFirstPicture = (): boolean => drawn;
