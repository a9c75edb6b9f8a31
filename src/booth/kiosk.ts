/**
 * Kiosk mode (`?kiosk`): no About, no text selection or context menu, and fullscreen on the first click
 * (browsers only allow fullscreen from a user gesture).
 */

/** Applies kiosk mode to the document; returns a function that undoes it. */
export function applyKiosk(): () => void {
  const root = document.documentElement;
  root.classList.add('kiosk');
  const block = (e: Event) => e.preventDefault();
  const goFullscreen = () => {
    if (!document.fullscreenElement) root.requestFullscreen?.().catch(() => {
      // Refused (e.g. an embedded browser): the exhibit runs windowed.
    });
  };
  document.addEventListener('contextmenu', block);
  document.addEventListener('selectstart', block);
  window.addEventListener('pointerdown', goFullscreen, { once: true });
  return () => {
    root.classList.remove('kiosk');
    document.removeEventListener('contextmenu', block);
    document.removeEventListener('selectstart', block);
    window.removeEventListener('pointerdown', goFullscreen);
  };
}
