/** Escape returns to the overview (after closing the About dialog, which handles its own Escape). */
import { useEffect } from 'react';
import { useExhibit } from '../state/store';

/** Installs the global keyboard shortcuts. */
export function useGlobalKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const s = useExhibit.getState();
      // The dialog closes itself on Escape; its close event (which clears aboutOpen) comes a task later,
      // so ask the DOM, not the store, whether a dialog is open.
      if (document.querySelector('dialog[open]')) return;
      if (s.selection.kind !== 'overview') s.actions.overview();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
