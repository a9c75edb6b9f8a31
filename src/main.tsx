/** Entry: language from `?lang=` or the browser, the URL hash, the automation API, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { langFromBrowser } from './i18n/lang';
import { installAutomation } from './state/automation';
import { parseLangParam } from './state/route';
import { useExhibit } from './state/store';
import { startUrlSync } from './state/url-sync';
import { firstPicture } from './state/first-picture';
import { startServiceWorker } from './booth/service-worker';
import { registerDomFonts } from './ui/dom-fonts';
import './ui/hud.css';
import { webglAvailable } from './ui/webgl';

const param = parseLangParam(window.location.search);
if (param === 'invalid') console.warn(`Unknown ?lang= value; use zh or en. Falling back to the browser language.`);
useExhibit.getState().actions.setLang(param && param !== 'invalid' ? param : langFromBrowser(navigator.languages));

registerDomFonts();
startUrlSync();
installAutomation();
startServiceWorker(firstPicture);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App webgl={webglAvailable()} />
  </StrictMode>,
);
