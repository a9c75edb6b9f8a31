/**
 * A QR code of this exhibit's LAN address, so a visitor can open the same view on a headset or phone.
 * The booth server reports its LAN URLs at `booth.json`; on another host the page's own URL serves.
 * The QR library loads only when the code is first shown.
 */
import { useEffect, useState } from 'react';
import { boothInfo } from '../booth/booth-info';
import { t } from '../i18n';
import { useExhibit } from '../state/store';

const isLocalHost = (h: string) => h === 'localhost' || h === '[::1]' || h.startsWith('127.');

/** The address a headset on the booth network can open, or null when there is none. */
async function shareableUrl(): Promise<string | null> {
  if (!navigator.onLine) return null;
  const first = (await boothInfo()).lan[0];
  if (first) return first + window.location.search + window.location.hash;
  // Not the booth server (a static host, or offline): fall back to this page's address.
  return isLocalHost(window.location.hostname) ? null : window.location.href;
}

/** The QR button and popover. */
export function ShareQR() {
  const lang = useExhibit((s) => s.lang);
  const [url, setUrl] = useState<string | null>(null);
  const [image, setImage] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    let live = true;
    void shareableUrl().then((u) => live && setUrl(u));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (!open || !url) return;
    let live = true;
    void import('qrcode').then((QR) => QR.toDataURL(url, { margin: 1, width: 220, color: { dark: '#1d2a33', light: '#ffffff' } })).then((d) => live && setImage(d));
    return () => {
      live = false;
    };
  }, [open, url]);
  if (!url) return null;
  return (
    <div className="hud-qr">
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('qr.show', lang)}
      </button>
      {open && (
        <figure>
          {image && <img src={image} width={220} height={220} alt={url} />}
          <figcaption>
            {t('qr.label', lang)}
            <br />
            <code>{url}</code>
          </figcaption>
        </figure>
      )}
    </div>
  );
}
