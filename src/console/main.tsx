/** Entry of the operator console page (console.html): DOM only, no three.js. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerDomFonts } from '../ui/dom-fonts';
import { ConsoleApp } from './ConsoleApp';
import type { Lang } from './strings';
import '../ui/hud.css';
import './console.css';

const params = new URLSearchParams(window.location.search);
const pinParam = params.get('pin');
const langParam = params.get('lang');
let kept: string | null = null;
try {
  kept = localStorage.getItem('exhibit.consoleLang');
} catch {
  // storage blocked
}
const initialLang: Lang =
  langParam === 'zh' || langParam === 'en' ? langParam : kept === 'zh' || kept === 'en' ? kept : navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';

registerDomFonts();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConsoleApp initialPin={pinParam && /^\d{6,12}$/.test(pinParam) ? pinParam : null} initialLang={initialLang} />
  </StrictMode>,
);
