/**
 * The HUD's "Sound" (声音) toggle (`aria-pressed`): off by default on the desktop; its click creates or resumes
 * the AudioContext (the browser allows sound to start only inside a gesture). Hidden on a `?kiosk` or
 * `?spectate` TV unless `?sound=on` asked for sound there.
 */
import { t } from '../i18n';
import { useExhibit } from '../state/store';
import { toggleSound, useSound, useSoundSetting } from './sound';
import './sound-toggle.css';

/** The toggle. */
export function SoundToggle() {
  const lang = useExhibit((s) => s.lang);
  const on = useSoundSetting() === 'on';
  const hidden = useSound((s) => s.quiet && s.param !== 'on');
  if (hidden) return null;
  return (
    <button type="button" className="hud-sound-button" aria-pressed={on} onClick={toggleSound}>
      <span aria-hidden="true" className="hud-sound-icon">{on ? '♪' : '×'}</span>
      {t('sound.toggle', lang)}
    </button>
  );
}
