/** The desktop HUD (DOM only, hidden in VR): title, navigation, details, language, About, notices. */
import { useEffect } from 'react';
import { content } from '../content';
import { t } from '../i18n';
import { useExhibit } from '../state/store';
import { About } from './About';
import { Details } from './Details';
import { EnterMR } from './EnterMR';
import { EnterVR } from './EnterVR';
import { LanguageSwitch } from './LanguageSwitch';
import { Notice } from './Notice';
import { PavilionNav } from './PavilionNav';
import { ShareQR } from './ShareQR';
import { AttractOverlay, TourBar, TourButton } from './TourBar';
import { SoundToggle } from '../audio/SoundToggle';

/** The HUD. */
export function Hud() {
  const lang = useExhibit((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t('app.title', lang)} · ${content.park.name[lang === 'zh' ? 'en' : 'zh']}`;
  }, [lang]);
  return (
    <div className="hud">
      <header className="hud-title">
        <h1>{t('app.title', lang)}</h1>
        <p>{t('app.subtitle', lang)}</p>
      </header>
      <div className="hud-left" data-covers-view="">
        <PavilionNav />
      </div>
      <div className="hud-top-right">
        <TourButton />
        <SoundToggle />
        <LanguageSwitch />
        <About />
      </div>
      <TourBar />
      <AttractOverlay />
      <Details />
      <div className="hud-bottom-right">
        <ShareQR />
        <EnterVR />
        <EnterMR />
      </div>
      <Notice />
      <p className="hud-badge">
        {t('scene.schematic', lang)} · {content.park.name[lang]}
      </p>
    </div>
  );
}
