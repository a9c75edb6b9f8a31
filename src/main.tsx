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
import { applyKiosk } from './booth/kiosk';
import { parseBoothParams } from './booth/params';
import { startLiveIfOffered } from './booth/live-host';
import { comfort } from './xr/config';
import { vrSupported } from './xr/lazy';
import './ui/hud.css';
import { webglAvailable } from './ui/webgl';
import { initSound } from './audio/sound';
import { spectateParam } from './booth/live-status';

const param = parseLangParam(window.location.search);
if (param === 'invalid') console.warn(`Unknown ?lang= value; use zh or en. Falling back to the browser language.`);
const defaultLang = param && param !== 'invalid' ? param : langFromBrowser(navigator.languages);
useExhibit.getState().actions.setLang(defaultLang);
const booth = parseBoothParams(window.location.search, (msg) => console.warn(msg));
if (booth.kiosk) applyKiosk();
comfort.smoothLocomotion = booth.smoothLocomotion;
initSound({ param: booth.sound, quiet: booth.kiosk || spectateParam(window.location.search).spectate });

registerDomFonts();
startUrlSync();
installAutomation();
startServiceWorker(firstPicture, { all: booth.precache === 'all', vrCapable: vrSupported() });
void startLiveIfOffered(defaultLang);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App webgl={webglAvailable()} booth={booth} defaultLang={defaultLang} />
  </StrictMode>,
);
