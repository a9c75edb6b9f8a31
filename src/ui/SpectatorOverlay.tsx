/**
 * The spectator TV's own overlay: whom it shows, "waiting for a headset" while nobody is in VR, a reconnecting
 * note while the booth server is away, the third-person toggle (button, or the V key), and after a session the
 * "continue on your phone" code (SpectatorHandoff).
 * Usage: `<SpectatorOverlay />` on spectator pages.
 */
import { useEffect } from 'react';
import { t } from '../i18n';
import { useExhibit } from '../state/store';
import { useLive } from '../booth/live-status';
import { SpectatorHandoff } from './SpectatorHandoff';

const toggle = () => useLive.setState((s) => ({ thirdPerson: !s.thirdPerson }));

/** The overlay. */
export function SpectatorOverlay() {
  const lang = useExhibit((s) => s.lang);
  const followed = useLive((s) => s.followed);
  const connected = useLive((s) => s.connected);
  const thirdPerson = useLive((s) => s.thirdPerson);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || (e.key !== 'v' && e.key !== 'V')) return;
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const inVR = followed?.xr === true;
  return (
    <section className="spectate-overlay" aria-label={t('spectate.label', lang)}>
      {inVR ? (
        <p className="spectate-who">
          {t('spectate.following', lang)}: <strong>{followed.label}</strong>
        </p>
      ) : (
        <div className="spectate-waiting" role="status">
          <p>{t('spectate.waiting', lang)}</p>
          <p className="spectate-hint">{t('spectate.waitingHint', lang)}</p>
        </div>
      )}
      <SpectatorHandoff inVR={inVR} />
      {!connected && <p className="spectate-offline">{t('live.reconnecting', lang)}</p>}
      {inVR && (
        <button type="button" className="spectate-toggle" aria-pressed={thirdPerson} aria-keyshortcuts="V" onClick={toggle}>
          {t('spectate.thirdPerson', lang)}
        </button>
      )}
    </section>
  );
}
