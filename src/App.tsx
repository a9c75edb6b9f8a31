/** Assembles the exhibit: the 3D canvas (or a message without WebGL) and the desktop HUD. */
import { IdleWatch } from './booth/IdleWatch';
import { useFollowingVR, useLive } from './booth/live-status';
import { SpectatorOverlay } from './ui/SpectatorOverlay';
import { boothDefaults, type BoothParams } from './booth/params';
import { TourDriver } from './booth/TourDriver';
import type { Lang } from './i18n/lang';
import { useEffect } from 'react';
import { ExhibitCanvas } from './scene/ExhibitCanvas';
import { checkSceneFonts } from './scene/fonts';
import { t } from './i18n';
import { useExhibit } from './state/store';
import { Hud } from './ui/Hud';
import { SceneBoundary } from './ui/SceneBoundary';
import { useGlobalKeys } from './ui/useGlobalKeys';

/** The app. */
export function App({ webgl, booth = boothDefaults, defaultLang = 'en' }: { webgl: boolean; booth?: BoothParams; defaultLang?: Lang }) {
  useGlobalKeys();
  useEffect(() => {
    void checkSceneFonts().then((bad) => {
      if (bad.length === 0) return;
      console.error(`Exhibit font missing or damaged: ${bad.join(', ')}`);
      useExhibit.getState().actions.showNotice('error.asset');
    });
  }, []);
  const lang = useExhibit((s) => s.lang);
  // A spectator TV following a visitor in VR shows their view, not the desktop HUD.
  const followingVR = useFollowingVR();
  const spectator = useLive((s) => s.role === 'spectator');
  return (
    <div className={followingVR ? 'app app--following-vr' : 'app'}>
      {webgl ? (
        <SceneBoundary>
          <ExhibitCanvas />
        </SceneBoundary>
      ) : (
        <div className="scene-error" role="alert">
          <p>{t('error.webgl', lang)}</p>
        </div>
      )}
      <Hud />
      {spectator && <SpectatorOverlay />}
      <TourDriver params={booth} />
      <IdleWatch params={booth} defaultLang={defaultLang} />
    </div>
  );
}
