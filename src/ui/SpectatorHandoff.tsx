/**
 * "Continue on your phone" on the spectator TV (issue 17, booth/live/handoff): for HANDOFF_MS after the followed
 * visitor's VR session ends, a QR code to the published exhibit (booth.json `publicUrl`) at the pavilion they
 * chose last. The code is drawn here (the `qrcode` package, loaded on demand), never fetched.
 * Usage: `<SpectatorHandoff inVR={…} />` in the spectator overlay.
 */
import { useEffect, useState } from 'react';
import { boothInfo } from '../booth/booth-info';
import { initialHandoff, stepHandoff, type HandoffState } from '../booth/live/handoff';
import { t } from '../i18n';
import { useExhibit } from '../state/store';
import { useQrSvg } from './use-qr-svg';

/** The hand-off card; renders nothing unless a session just ended and the exhibit is published. */
export function SpectatorHandoff({ inVR }: { inVR: boolean }) {
  const lang = useExhibit((s) => s.lang);
  const pavilion = useExhibit((s) => (s.selection.kind === 'pavilion' ? s.selection.id : null));
  const [publicUrl, setPublicUrl] = useState<string | null>(null);
  const [state, setState] = useState<HandoffState>(initialHandoff);
  useEffect(() => {
    let live = true;
    void boothInfo().then((b) => live && setPublicUrl(b.publicUrl ?? null));
    return () => {
      live = false;
    };
  }, []);
  // Each change of what the TV shows (the followed visitor in VR or not, their pavilion) steps the watch.
  useEffect(() => setState((s) => stepHandoff(s, { inVR, pavilion }, publicUrl, performance.now())), [inVR, pavilion, publicUrl]);
  const shown = state.shown;
  // Time up: one more step takes the code away.
  useEffect(() => {
    if (!shown) return;
    const id = setTimeout(() => setState((s) => stepHandoff(s, { inVR: false, pavilion: null }, null, Math.max(performance.now(), shown.until))), Math.max(0, shown.until - performance.now()));
    return () => clearTimeout(id);
  }, [shown]);
  const url = shown?.url ?? null;
  const svg = useQrSvg(url);
  if (!url || !svg) return null;
  const label = t('spectate.handoff', lang);
  return (
    <figure className="spectate-handoff">
      <div className="spectate-qr" role="img" aria-label={`${label}: ${url}`} dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption>{label}</figcaption>
    </figure>
  );
}
