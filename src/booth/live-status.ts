/**
 * The live link's state that the rest of the page shows (About, the spectator overlay, the canvas). The live
 * code itself is a separate chunk, loaded only where booth.json names a live link (see live-host.ts).
 */
import type { ComponentType } from 'react';
import { create } from 'zustand';
import type { WireLayout } from './live/protocol';

/** Whom a spectator page follows, as far as the page needs to show it. */
export interface Followed {
  deviceId: string;
  label: string;
  model: string;
  xr: boolean;
  place: 'table' | 'park' | null;
  /** What their VR world is laid out for (head, heading, plaza), as their headset reported it. */
  layout?: WireLayout | null;
  /** The followed visitor's session: 'mr' (passthrough) makes the TV show the model over a studio backdrop. */
  xrMode?: 'vr' | 'mr' | null;
}

/** Live-link state for display. */
export interface LiveStatus {
  /** This page's role on the link, or null when there is no live link. */
  role: 'device' | 'spectator' | null;
  deviceId: string | null;
  model: string | null;
  /** The server's label for this device (editable from the console). */
  label: string | null;
  connected: boolean;
  /** Spectator: the device being followed (null while waiting for one). */
  followed: Followed | null;
  /** Spectator: view from behind and above the visitor instead of through their eyes. */
  thirdPerson: boolean;
  /** Spectator: extra scene content (the VR world), mounted inside the canvas once loaded. */
  canvasExtra: ComponentType | null;
  /** Booth analytics are recorded for this page (issue 17): About says what is counted. */
  analytics?: boolean;
}

/** The live-link status store. */
export const useLive = create<LiveStatus>()(() => ({
  role: null,
  deviceId: null,
  model: null,
  label: null,
  connected: false,
  followed: null,
  thirdPerson: false,
  canvasExtra: null,
}));

/** True when this page is a `?spectate` page (read once: the role never changes while the page lives). */
export const spectateParam = (search: string): { spectate: boolean; deviceId: string | null } => {
  const q = new URLSearchParams(search);
  if (!q.has('spectate')) return { spectate: false, deviceId: null };
  const id = (q.get('spectate') ?? '').trim().toLowerCase();
  return { spectate: true, deviceId: /^[a-z0-9]{4,16}$/.test(id) ? id : null };
};

/** Whether this page follows a visitor in VR right now (the desktop camera rig then stands aside). */
export const useFollowingVR = (): boolean => useLive((s) => s.role === 'spectator' && s.followed?.xr === true);
