/**
 * The operator console (`/console` on the booth server): every device live, per-device actions, Group tour
 * and Reset all. The PIN comes from `?pin=` or the PIN form; the language from `?lang=`, the last choice, or
 * the browser.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DeviceEntry } from '../../server/live/schema.mjs';
import { content } from '../content';
import { inVrCount, sortDevices, type NameIndex } from './format';
import { dwellMs, nextStop, type GroupTour } from './group-tour';
import { GroupTourPanel } from './GroupTourPanel';
import { DeviceCard } from './DeviceCard';
import { consoleId, liveUrl, openConsoleLink, type Ack, type CommandBody, type ConsoleLink, type LinkStatus } from './link';
import { PinForm } from './PinForm';
import { AnalyticsView } from './analytics/AnalyticsView';
import { at } from './analytics/strings';
import { ct, type Lang } from './strings';

const names: NameIndex = new Map([...content.pavilions.map((p) => [p.id, p.name] as const), ...content.panels.map((p) => [p.id, p.title] as const)]);
const stops = content.tour;

/** What the last command did, shown under the header. */
type Note = { ack: Ack; command: CommandBody } | { notSent: true };

/** The console page. */
export function ConsoleApp({ initialPin, initialLang }: { initialPin: string | null; initialLang: Lang }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [pin, setPin] = useState(initialPin);
  const [status, setStatus] = useState<LinkStatus>('connecting');
  const [devices, setDevices] = useState<DeviceEntry[]>([]);
  const [note, setNote] = useState<Note | null>(null);
  const [onTv, setOnTv] = useState<string | null>(null);
  const [tour, setTour] = useState<GroupTour | null>(null);
  const [now, setNow] = useState(() => Date.now());
  // Devices (live) or Analytics (issue 17); `?view=analytics` opens the latter.
  const [view, setView] = useState<'devices' | 'analytics'>(() => (new URLSearchParams(window.location.search).get('view') === 'analytics' ? 'analytics' : 'devices'));
  const link = useRef<ConsoleLink | null>(null);

  const setLang = (l: Lang) => {
    setLangState(l);
    try {
      localStorage.setItem('exhibit.consoleLang', l);
    } catch {
      // not kept: fine
    }
  };
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${ct(lang, 'title')} · ${ct(lang === 'zh' ? 'en' : 'zh', 'title')}`;
  }, [lang]);

  useEffect(() => {
    if (!pin) return;
    const l = openConsoleLink(liveUrl(window.location), pin, consoleId(window.localStorage), {
      onStatus: setStatus,
      onDevices: setDevices,
      onAck: (ack, command) => {
        setNote({ ack, command });
        if (command.action === 'spectate' && ack.ok) setOnTv(command.target === 'all' || command.target === 'vr' ? null : command.target);
      },
    });
    link.current = l;
    return () => {
      l.close();
      link.current = null;
    };
  }, [pin]);

  // The "last seen" times and the tour bar move on by themselves.
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);

  const send = useCallback((command: CommandBody) => {
    if (!link.current?.send(command)) setNote({ notSent: true });
  }, []);

  // Group tour: each stop goes to every headset in VR at once; the console keeps the time.
  const tourIndex = tour?.index ?? null;
  useEffect(() => {
    if (tourIndex === null) return;
    send({ target: 'vr', action: 'tourStop', index: tourIndex });
    const t = setTimeout(() => {
      const n = nextStop(stops, tourIndex);
      if (n === null) {
        send({ target: 'vr', action: 'stopTour' });
        setTour(null);
      } else setTour({ index: n, startedAt: Date.now() });
    }, dwellMs(stops, tourIndex));
    return () => clearTimeout(t);
  }, [tourIndex, send]);
  const stopGroupTour = () => {
    send({ target: 'vr', action: 'stopTour' });
    setTour(null);
  };

  const sorted = useMemo(() => sortDevices(devices), [devices]);
  const vr = inVrCount(devices);
  const needPin = !pin || status === 'badPin' || status === 'pinLocked';

  return (
    <div className="console">
      <header className="console-head">
        <div className="console-title">
          <h1>{ct(lang, 'title')}</h1>
          <p>{ct(lang, 'subtitle')}</p>
        </div>
        {!needPin && (
          <p className={`link-status link-status--${status}`} role="status">
            {ct(lang, status === 'live' ? 'live' : status === 'reconnecting' ? 'reconnecting' : 'connecting')}
          </p>
        )}
        <div className="console-global">
          <button type="button" className="primary" disabled={needPin || tour !== null} onClick={() => setTour({ index: 0, startedAt: Date.now() })}>
            {ct(lang, 'groupTour')}
          </button>
          <button type="button" disabled={needPin} onClick={() => send({ target: 'all', action: 'reset' })}>
            {ct(lang, 'resetAll')}
          </button>
        </div>
        {!needPin && (
          <div className="console-tabs" role="group" aria-label={`${at(lang, 'devicesTab')} / ${at(lang, 'tab')}`}>
            <button type="button" aria-pressed={view === 'devices'} onClick={() => setView('devices')}>
              {at(lang, 'devicesTab')}
            </button>
            <button type="button" aria-pressed={view === 'analytics'} onClick={() => setView('analytics')}>
              {at(lang, 'tab')}
            </button>
          </div>
        )}
        <div className="hud-lang" role="group" aria-label="Language / 语言">
          <button type="button" aria-pressed={lang === 'zh'} onClick={() => setLang('zh')} lang="zh-CN">
            中文
          </button>
          <button type="button" aria-pressed={lang === 'en'} onClick={() => setLang('en')} lang="en">
            EN
          </button>
        </div>
      </header>
      <p className="console-note" aria-live="polite">
        {note && ('notSent' in note ? ct(lang, 'reconnecting') : note.ack.ok ? ct(lang, 'sent', { n: note.ack.delivered }) : ct(lang, 'failed', { reason: note.ack.reason ?? '?' }))}
      </p>
      <main>
        {needPin ? (
          <PinForm
            lang={lang}
            problem={status === 'badPin' || status === 'pinLocked' ? status : null}
            onPin={(p) => {
              const url = new URL(window.location.href);
              url.searchParams.set('pin', p);
              window.history.replaceState(null, '', url);
              setStatus('connecting');
              setPin(p);
            }}
          />
        ) : view === 'analytics' && pin ? (
          <AnalyticsView pin={pin} lang={lang} names={names} inHeadsetsNow={vr} tourStops={stops.length} />
        ) : (
          <>
            {tour && <GroupTourPanel stops={stops} tour={tour} lang={lang} now={now} inVr={vr} onNext={() => setTour({ index: nextStop(stops, tour.index) ?? tour.index, startedAt: Date.now() })} onStop={stopGroupTour} />}
            <h2 className="devices-title">
              {ct(lang, 'devices')} <span>{sorted.filter((d) => d.connected).length} / {sorted.length}</span>
            </h2>
            {sorted.length === 0 ? (
              <p className="devices-empty">{ct(lang, 'noDevices')}</p>
            ) : (
              <div className="devices">
                {sorted.map((d) => (
                  <DeviceCard key={d.deviceId} device={d} lang={lang} now={now} names={names} onTv={onTv === d.deviceId} send={send} />
                ))}
              </div>
            )}
          </>
        )}
      </main>
    </div>
  );
}
