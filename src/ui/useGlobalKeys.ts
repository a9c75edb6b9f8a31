/** Escape returns to the overview (after closing the About dialog, which handles its own Escape). */
import { useEffect } from 'react';
import { useExhibit } from '../state/store';

/** Installs the global keyboard shortcuts. */
export function useGlobalKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const s = useExhibit.getState();
      if (s.aboutOpen) return;
      if (s.selection.kind !== 'overview') s.actions.overview();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
