/**
 * "Continue on your phone": a QR code of the published exhibit (`npm start -- --public-url …`) at the pavilion
 * the latest visitor saw last, for staff to show at the end of a session. The phone opens the public site;
 * nothing is collected from it. The code is drawn here (the `qrcode` package, loaded on demand), never fetched.
 */
import { useEffect, useState } from 'react';
import type { NameIndex } from '../format';
import type { Lang } from '../strings';
import { at } from './strings';

/** The hand-off card; renders nothing without a public URL. */
export function Handoff({ handoff, lang, names }: { handoff: { url: string; pavilion: string | null } | null | undefined; lang: Lang; names: NameIndex }) {
  const [svg, setSvg] = useState<string | null>(null);
  const url = handoff?.url ?? null;
  useEffect(() => {
    if (!url) return;
    let live = true;
    void import('qrcode').then((QR) => QR.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })).then((s) => live && setSvg(s));
    return () => {
      live = false;
    };
  }, [url]);
  if (!handoff || !url) return null;
  return (
    <figure className="analytics-card analytics-handoff">
      <figcaption>{at(lang, 'handoff')}</figcaption>
      {svg && <div className="analytics-qr" role="img" aria-label={`${at(lang, 'handoff')}: ${url}`} dangerouslySetInnerHTML={{ __html: svg }} />}
      <p className="analytics-small">
        {handoff.pavilion ? `${names.get(handoff.pavilion)?.[lang] ?? handoff.pavilion} · ` : ''}
        <code>{url}</code>
      </p>
    </figure>
  );
}
