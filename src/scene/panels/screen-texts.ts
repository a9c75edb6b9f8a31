/**
 * Which panels are on screen and where their texts are: a registry every `Panel3D` with a name joins while it
 * is mounted, so `window.exhibit.screenTexts()` can report the on-screen height of each text (legibility tests)
 * and the rectangle of each panel and label (collision tests). Nothing here runs per frame.
 */
import { useEffect, type RefObject } from 'react';
import type { Group } from 'three';
import type { PanelLayout } from './panel-layout';

/** A mounted, named panel: its group and its layout (panel units). */
export interface RegisteredPanel {
  group: RefObject<Group | null>;
  layout: PanelLayout;
}

/** Named panels currently mounted. */
export const panelRegistry = new Map<string, RegisteredPanel>();

/** Registers a named panel while it is mounted (no-op without a name). */
export function useScreenTexts(name: string | undefined, group: RefObject<Group | null>, layout: PanelLayout): void {
  useEffect(() => {
    if (!name) return;
    const entry = { group, layout };
    panelRegistry.set(name, entry);
    return () => {
      if (panelRegistry.get(name) === entry) panelRegistry.delete(name);
    };
  }, [name, group, layout]);
}
