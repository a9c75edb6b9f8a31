/** Assembles the exhibit: the 3D canvas (or a message without WebGL) and the desktop HUD. */
import { ExhibitCanvas } from './scene/ExhibitCanvas';
import { t } from './i18n';
import { useExhibit } from './state/store';
import { Hud } from './ui/Hud';
import { SceneBoundary } from './ui/SceneBoundary';
import { useGlobalKeys } from './ui/useGlobalKeys';

/** The app. */
export function App({ webgl }: { webgl: boolean }) {
  useGlobalKeys();
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
    </div>
  );
}
