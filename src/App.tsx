/** Assembles the exhibit: the 3D canvas (or a message without WebGL) and the desktop HUD. */
import { IdleWatch } from './booth/IdleWatch';
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
  return (
    <div className="app">
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
      <TourDriver params={booth} />
      <IdleWatch params={booth} defaultLang={defaultLang} />
    </div>
  );
}
