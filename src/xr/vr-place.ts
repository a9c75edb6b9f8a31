/** Where the VR visitor is (table or park): this page's own session, or the visitor a spectator TV follows. */
import { useLive } from '../booth/live-status';
import { useExhibit } from '../state/store';

/** The VR place to lay out the VR world for. */
export function useVRPlace(): 'table' | 'park' | null {
  const own = useExhibit((s) => s.xrPlace);
  const followed = useLive((s) => (s.role === 'spectator' ? (s.followed?.place ?? null) : null));
  return own ?? followed;
}
