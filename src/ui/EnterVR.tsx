/**
 * "Enter VR": shown when the browser reports immersive-vr support, else a short explanation of what VR
 * needs. In a session it becomes "Exit VR". A failed start says so and leaves the desktop as it was.
 */
import { useEffect, useState } from 'react';
import { t } from '../i18n';
import { useExhibit } from '../state/store';
import { loadXR, useXRReady, vrSupported } from '../xr/lazy';
import { preloadSound, unlockAudio } from '../audio/sound';

type Support = 'checking' | 'yes' | 'no';

/** Asks the browser once whether immersive VR is possible. */
function useVRSupport(): Support {
  const [support, setSupport] = useState<Support>('checking');
  useEffect(() => {
    let live = true;
    void vrSupported().then((ok) => {
      if (!live) return;
      setSupport(ok ? 'yes' : 'no');
      if (!ok) return;
      void loadXR().catch((e: unknown) => console.error('Could not load the VR code:', e));
      preloadSound();
    });
    return () => {
      live = false;
    };
  }, []);
  return support;
}

/** The Enter VR control. */
export function EnterVR() {
  const lang = useExhibit((s) => s.lang);
  const inXR = useExhibit((s) => s.xr);
  const support = useVRSupport();
  // Shown only once the XR store is connected to the renderer: a click at that very moment starts the session.
  const xr = useXRReady();
  const [failed, setFailed] = useState(false);
  // In a mixed-reality session "Exit MR" (EnterMR) speaks for the session.
  const mixed = useExhibit((s) => s.xrMode === 'mr');
  if (support === 'checking' || (support === 'yes' && !xr) || mixed) return null;
  if (support === 'no')
    return (
      <p className="hud-vr-note" role="note">
        {t('xr.unsupported', lang)}
      </p>
    );
  const onClick = () => {
    setFailed(false);
    if (!xr) return;
    if (inXR) {
      void xr.exitVR();
      return;
    }
    unlockAudio(true); // The AudioContext may start only inside this click.
    xr.enterVR().catch((e: unknown) => {
      console.error('Could not start the VR session:', e);
      setFailed(true);
    });
  };
  return (
    <div className="hud-vr">
      <button type="button" className="hud-vr-button" onClick={onClick}>
        {t(inXR ? 'xr.exit' : 'xr.enter', lang)}
      </button>
      {failed && <p role="alert">{t('xr.failed', lang)}</p>}
    </div>
  );
}
