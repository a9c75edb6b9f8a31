/** One device in the console: its label (editable), what it reports, and the per-device actions. */
import { useState } from 'react';
import type { DeviceEntry } from '../../server/live/schema.mjs';
import { langText, lastSeenText, modeText, placeText, selectionText, tourText, type NameIndex } from './format';
import type { CommandBody } from './link';
import { ct, type Lang } from './strings';

interface Props {
  device: DeviceEntry;
  lang: Lang;
  now: number;
  names: NameIndex;
  onTv: boolean;
  send(command: CommandBody): void;
}

/** A device card; its accessible name is the device's label. */
export function DeviceCard({ device: d, lang, now, names, onTv, send }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const r = d.report;
  const off = !d.connected;
  const commitLabel = () => {
    const label = draft?.trim();
    setDraft(null);
    if (label && label !== d.label) send({ target: d.deviceId, action: 'label', label: label.slice(0, 32) });
  };
  const act = (action: CommandBody['action'], extra: Partial<CommandBody> = {}) => () => send({ target: d.deviceId, action, ...extra });
  const facts: [string, string][] = [
    [ct(lang, 'model'), d.model],
    [ct(lang, 'lang'), langText(r, lang)],
    [ct(lang, 'mode'), modeText(r, lang)],
    [ct(lang, 'place'), placeText(r, lang)],
    [ct(lang, 'tour'), tourText(r, lang)],
    [ct(lang, 'lastSeen'), lastSeenText(d.lastSeen, now, lang)],
    [ct(lang, 'selection'), selectionText(r, names, lang)], // last, full width: names can be long
  ];
  return (
    <article className={`device${off ? ' device--offline' : ''}${r?.xr ? ' device--vr' : ''}`} aria-label={d.label}>
      <header className="device-head">
        <input
          className="device-label"
          aria-label={ct(lang, 'label')}
          value={draft ?? d.label}
          maxLength={32}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commitLabel}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
            if (e.key === 'Escape') {
              setDraft(null);
              e.currentTarget.blur();
            }
          }}
        />
        <span className="device-id">{d.deviceId}</span>
      </header>
      <p className="device-badges">
        <span className={`badge ${off ? 'badge--off' : 'badge--on'}`}>{ct(lang, off ? 'offline' : 'online')}</span>
        {r && !off && <span className={`badge ${r.visible ? 'badge--worn' : 'badge--idle'}`}>{ct(lang, r.visible ? 'headsetOn' : 'headsetOff')}</span>}
        {onTv && <span className="badge badge--tv">{ct(lang, 'onTv')}</span>}
      </p>
      <dl className="device-facts">
        {facts.map(([k, v], i) => (
          <div key={k} className={i === facts.length - 1 ? 'wide' : undefined}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <div className="device-actions">
        <button type="button" disabled={off} onClick={act('reset')}>{ct(lang, 'reset')}</button>
        <button type="button" disabled={off} onClick={act('lang', { lang: r?.lang === 'zh' ? 'en' : 'zh' })}>{ct(lang, 'language')}</button>
        <button type="button" disabled={off} onClick={act('startTour')}>{ct(lang, 'startTour')}</button>
        <button type="button" disabled={off} onClick={act('stopTour')}>{ct(lang, 'stopTour')}</button>
        <button type="button" disabled={off} aria-pressed={r?.sound === 'off'} onClick={act('sound', { sound: r?.sound === 'off' ? 'on' : 'off' })}>{ct(lang, 'mute')}</button>
        <button type="button" className="primary" aria-pressed={onTv} onClick={act('spectate')}>{ct(lang, 'spectate')}</button>
      </div>
    </article>
  );
}
