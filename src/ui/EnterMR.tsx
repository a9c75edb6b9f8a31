/**
 * "Enter MR": shown beside Enter VR where the browser reports immersive-ar support (Quest 3/3S, Pico 4 Ultra), and
 * like Enter VR only once the XR store is connected to the renderer, so a click at that moment starts the session.
 * Where VR works but MR does not, a short note says what MR needs; elsewhere Enter VR's note speaks for both.
 * In an MR session it becomes "Exit MR".
 */
import { useEffect, useState } from 'react';
import { t } from '../i18n';
import { useExhibit } from '../state/store';
import { loadXR, useXRReady, vrSupported } from '../xr/lazy';

type Support = 'checking' | 'yes' | 'vr-only' | 'no';

/** Asks the browser whether immersive-ar is possible; false where WebXR is missing or refuses. */
export async function mrSupported(): Promise<boolean> {
  const xr = (navigator as Navigator & { xr?: XRSystem }).xr;
  if (!xr?.isSessionSupported) return false;
  try {
    return await xr.isSessionSupported('immersive-ar');
  } catch {
    return false;
  }
}

function useMRSupport(): Support {
  const [support, setSupport] = useState<Support>('checking');
  useEffect(() => {
    let live = true;
    void Promise.all([mrSupported(), vrSupported()]).then(([mr, vr]) => {
      if (!live) return;
      setSupport(mr ? 'yes' : vr ? 'vr-only' : 'no');
      if (mr) void loadXR().catch((e: unknown) => console.error('Could not load the XR code:', e));
    });
    return () => {
      live = false;
    };
  }, []);
  return support;
}

/** The Enter MR control. */
export function EnterMR() {
  const lang = useExhibit((s) => s.lang);
  const mode = useExhibit((s) => s.xrMode);
  const support = useMRSupport();
  const xr = useXRReady();
  const [failed, setFailed] = useState(false);
  if (support === 'checking' || support === 'no' || mode === 'vr' || (support === 'yes' && !xr)) return null;
  if (support === 'vr-only')
    return (
      <p className="hud-vr-note" role="note">
        {t('mr.unsupported', lang)}
      </p>
    );
  const onClick = () => {
    setFailed(false);
    if (!xr) return;
    if (mode === 'mr') {
      void xr.exitVR();
      return;
    }
    xr.enterMR().catch((e: unknown) => {
      console.error('Could not start the MR session:', e);
      setFailed(true);
    });
  };
  return (
    <div className="hud-vr">
      <button type="button" className="hud-vr-button" onClick={onClick}>
        {t(mode === 'mr' ? 'mr.exit' : 'mr.enter', lang)}
      </button>
      {failed && <p role="alert">{t('mr.failed', lang)}</p>}
    </div>
  );
}
