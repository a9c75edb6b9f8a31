/**
 * "Enter VR": shown when the browser reports immersive-vr support, else a short explanation of what VR
 * needs. In a session it becomes "Exit VR". A failed start says so and leaves the desktop as it was.
 */
import { useEffect, useState } from 'react';
import { t } from '../i18n';
import { useExhibit } from '../state/store';
import { xrStore } from '../xr/store';

type Support = 'checking' | 'yes' | 'no';

/** Asks the browser once whether immersive VR is possible. */
function useVRSupport(): Support {
  const [support, setSupport] = useState<Support>('checking');
  useEffect(() => {
    let live = true;
    const xr = (navigator as Navigator & { xr?: XRSystem }).xr;
    if (!xr?.isSessionSupported) {
      setSupport('no');
      return undefined;
    }
    xr.isSessionSupported('immersive-vr').then(
      (ok) => live && setSupport(ok ? 'yes' : 'no'),
      () => live && setSupport('no'),
    );
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
  const [failed, setFailed] = useState(false);
  if (support === 'checking') return null;
  if (support === 'no')
    return (
      <p className="hud-vr-note" role="note">
        {t('xr.unsupported', lang)}
      </p>
    );
  const onClick = () => {
    setFailed(false);
    if (inXR) {
      void xrStore.getState().session?.end();
      return;
    }
    xrStore.enterVR().catch((e: unknown) => {
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
