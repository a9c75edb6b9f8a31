/** The About dialog: what the exhibit is, that the layout is schematic, the controls and the sources. */
import { useEffect, useRef } from 'react';
import { useLive } from '../booth/live-status';
import { offlineStatus } from '../booth/service-worker';
import { content } from '../content';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n';
import { useExhibit } from '../state/store';

/**
 * Whether this browser can run the exhibit offline yet, and with what (booth staff check it before a show): the
 * desktop exhibit, VR with the controller models this headset reported, or every file.
 */
function OfflineLine({ lang }: { lang: Lang }) {
  const s = offlineStatus();
  if (!s.supported) return null;
  const profiles = s.groups.filter((g) => g.startsWith('profile:')).map((g) => g.slice('profile:'.length));
  return (
    <p className="offline">
      {t(s.ready ? 'offline.ready' : 'offline.pending', lang)}: {t(`offline.scope.${s.scope}`, lang)} ({s.cached}/{s.total})
      {s.scope === 'vr' && (profiles.length ? ` · ${t('offline.controllers', lang)}: ${profiles.join(', ')}` : ` · ${t('offline.enterVrOnce', lang)}`)}
    </p>
  );
}

/** This browser on the booth's live link: its label, model and id (staff match it with the console). */
function LiveLine({ lang }: { lang: Lang }) {
  const { deviceId, label, model, role, analytics } = useLive();
  if (role !== 'device' || !deviceId) return null;
  return (
    <>
      <p className="live-device">
        {t('live.about', lang)}: {label ?? model} · {model} · {t('live.deviceId', lang)} <code>{deviceId}</code>
      </p>
      {analytics && <p className="live-analytics">{t('analytics.about', lang)}</p>}
    </>
  );
}

/** The About button and dialog. */
export function About() {
  const lang = useExhibit((s) => s.lang);
  const open = useExhibit((s) => s.aboutOpen);
  const setOpen = useExhibit((s) => s.actions.setAboutOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <>
      <button type="button" className="hud-about-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('about.open', lang)}
      </button>
      <dialog ref={dialog} className="hud-about" aria-labelledby="about-title" onClose={() => setOpen(false)}>
        <h2 id="about-title">{t('about.title', lang)}</h2>
        <p>{t('about.body', lang)}</p>
        <p className="schematic">
          <strong>{t('scene.schematic', lang)}:</strong> {content.park.schematicNote[lang]}
        </p>
        <p>{t('about.controls', lang)}</p>
        {open && <OfflineLine lang={lang} />}
        {open && <LiveLine lang={lang} />}
        <h3>{t('about.sources', lang)}</h3>
        <ul>
          {content.sources.map((s) => (
            <li key={s.id}>
              {s.publisher[lang]}, {s.date}: “{s.title[lang]}”
            </li>
          ))}
        </ul>
        <form method="dialog">
          <button type="submit">{t('about.close', lang)}</button>
        </form>
      </dialog>
    </>
  );
}
