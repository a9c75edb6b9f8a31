/**
 * The HUD's "Sound" (声音) toggle (`aria-pressed`): off by default on the desktop; its click creates or resumes
 * the AudioContext (the browser allows sound to start only inside a gesture). Hidden on a `?kiosk` or
 * `?spectate` TV unless `?sound=on` asked for sound there.
 */
import { t } from '../i18n';
import { useExhibit } from '../state/store';
import { toggleSound, useSound, useSoundSetting } from './sound';
import './sound-toggle.css';

/** A small speaker: with sound waves when on, struck through when off (a "×" read as "close" in the first screenshot). */
function SpeakerIcon({ on }: { on: boolean }) {
  return (
    <svg className="hud-sound-icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M3 7.5h3l4-3.5v12l-4-3.5H3z" fill="currentColor" />
      {on ? (
        <path d="M13 7a4 4 0 0 1 0 6M15.5 4.5a7.5 7.5 0 0 1 0 11" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      ) : (
        <path d="M13 7.5l5 5M18 7.5l-5 5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      )}
    </svg>
  );
}

/** The toggle. */
export function SoundToggle() {
  const lang = useExhibit((s) => s.lang);
  const on = useSoundSetting() === 'on';
  const hidden = useSound((s) => s.quiet && s.param !== 'on');
  if (hidden) return null;
  return (
    <button type="button" className="hud-sound-button" aria-pressed={on} onClick={toggleSound}>
      <SpeakerIcon on={on} />
      {t('sound.toggle', lang)}
    </button>
  );
}
