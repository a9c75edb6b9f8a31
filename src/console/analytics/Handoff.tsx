/**
 * "Continue on your phone": a QR code of the published exhibit (`npm start -- --public-url …`) at the pavilion
 * the latest visitor saw last, for staff to show at the end of a session. The phone opens the public site;
 * nothing is collected from it. The code is drawn here (the `qrcode` package, loaded on demand), never fetched.
 */
import { useQrSvg } from '../../ui/use-qr-svg';
import type { NameIndex } from '../format';
import type { Lang } from '../strings';
import { at } from './strings';

/** The hand-off card; renders nothing without a public URL. */
export function Handoff({ handoff, lang, names }: { handoff: { url: string; pavilion: string | null } | null | undefined; lang: Lang; names: NameIndex }) {
  const url = handoff?.url ?? null;
  const svg = useQrSvg(url);
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
