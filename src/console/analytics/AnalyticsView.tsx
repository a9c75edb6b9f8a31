/**
 * The console's Analytics view (issue 17): a day's sessions, lengths, visitors per hour, splits by mode and
 * language, top pavilions and panels by dwell, the tour funnel, the busiest hour and the live "in headsets
 * now" count; CSV/JSON export and a printable one-page daily report (print CSS).
 */
import { useCallback, useEffect, useState } from 'react';
import type { NameIndex } from '../format';
import type { Lang } from '../strings';
import { downloadExport, fetchSummary, localDay, type DaySummary } from './api';
import { Bars, HourChart, Split } from './charts';
import { Handoff } from './Handoff';
import { at, duration } from './strings';
import './analytics.css';

/** Refresh period of today's figures while the view is open (ms). */
const REFRESH_MS = 15_000;

/** The Analytics view; `inHeadsetsNow` comes from the live device list. */
export function AnalyticsView({ pin, lang, names, inHeadsetsNow, tourStops }: { pin: string; lang: Lang; names: NameIndex; inHeadsetsNow: number; tourStops: number }) {
  const [day, setDay] = useState(localDay);
  const [data, setData] = useState<DaySummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    fetchSummary(pin, day, abort.signal).then(
      (s) => {
        setData(s);
        setError(null);
      },
      (e: Error) => {
        if (!abort.signal.aborted) setError(e.message);
      },
    );
    return () => abort.abort();
  }, [pin, day, tick]);
  useEffect(() => {
    if (day !== localDay()) return;
    const t = setInterval(() => setTick((n) => n + 1), REFRESH_MS);
    return () => clearInterval(t);
  }, [day]);

  const exportAs = useCallback((format: 'csv' | 'json') => void downloadExport(pin, day, format).catch((e: Error) => setError(e.message)), [pin, day]);
  const name = (id: string) => names.get(id)?.[lang] ?? id;
  const shown = data && data.day === day ? data : null;

  return (
    <section className="analytics" aria-labelledby="analytics-title">
      <header className="analytics-head">
        <h2 id="analytics-title">{at(lang, 'title')}</h2>
        <label className="analytics-day">
          {at(lang, 'day')}
          <input type="date" value={day} max={localDay()} onChange={(e) => /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) && setDay(e.target.value)} />
        </label>
        <button type="button" onClick={() => setDay(localDay())} disabled={day === localDay()}>
          {at(lang, 'today')}
        </button>
        <button type="button" onClick={() => setTick((n) => n + 1)}>
          {at(lang, 'refresh')}
        </button>
        <span className="analytics-actions">
          <button type="button" onClick={() => exportAs('csv')}>
            {at(lang, 'exportCsv')}
          </button>
          <button type="button" onClick={() => exportAs('json')}>
            {at(lang, 'exportJson')}
          </button>
          <button type="button" className="primary" onClick={() => window.print()}>
            {at(lang, 'print')}
          </button>
        </span>
      </header>
      <p className="analytics-privacy">{at(lang, 'privacy')}</p>
      {error && <p role="alert" className="analytics-error">{error === 'off' ? at(lang, 'off') : at(lang, 'failed', { reason: error })}</p>}
      {!shown && !error && <p className="analytics-loading">{at(lang, 'loading')}</p>}
      {shown && <Report s={shown} lang={lang} name={name} inHeadsetsNow={inHeadsetsNow} tourStops={tourStops} />}
      {shown && <Handoff handoff={shown.handoff} lang={lang} names={names} />}
    </section>
  );
}

function Report({ s, lang, name, inHeadsetsNow, tourStops }: { s: DaySummary; lang: Lang; name: (id: string) => string; inHeadsetsNow: number; tourStops: number }) {
  const hour = (h: number) => `${String(h).padStart(2, '0')}:00–${String((h + 1) % 24).padStart(2, '0')}:00`;
  const stats: [string, string][] = [
    [at(lang, 'sessions'), String(s.sessions.count)],
    [at(lang, 'median'), duration(s.sessions.medianMs, lang)],
    [at(lang, 'mean'), duration(s.sessions.meanMs, lang)],
    [at(lang, 'busiest'), s.busiestHour === null ? '—' : hour(s.busiestHour)],
    [at(lang, 'inHeadsets'), String(inHeadsetsNow)],
  ];
  const reached = s.tour.reached.length ? s.tour.reached : new Array<number>(tourStops).fill(0);
  return (
    <div className="analytics-report">
      <p className="analytics-print-title">
        {at(lang, 'title')} · {s.day} · {at(lang, 'generated', { t: new Date(s.generatedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB') })}
      </p>
      <dl className="analytics-stats">
        {stats.map(([k, v]) => (
          <div key={k} className={k === at(lang, 'inHeadsets') ? 'stat stat--live' : 'stat'}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <div className="analytics-grid">
        <figure className="analytics-card analytics-card--wide">
          <figcaption>
            {at(lang, 'perHour')} <span className="muted">{at(lang, 'perHourDesc')}</span>
          </figcaption>
          <HourChart perHour={s.perHour} label={at(lang, 'perHour')} busiest={s.busiestHour} />
        </figure>
        <figure className="analytics-card">
          <figcaption>{at(lang, 'byMode')}</figcaption>
          <Split parts={(['desktop', 'vr', 'mr'] as const).map((k) => ({ key: k, name: at(lang, k), value: s.byMode[k] ?? 0 }))} />
          <figcaption>{at(lang, 'byLang')}</figcaption>
          <Split parts={(['zh', 'en'] as const).map((k) => ({ key: k, name: at(lang, k), value: s.byLang[k] ?? 0 }))} />
        </figure>
        <figure className="analytics-card">
          <figcaption>{at(lang, 'pavilions')}</figcaption>
          <Bars rows={s.pavilions.map((d) => ({ key: d.id, name: name(d.id), value: d.ms, text: `${duration(d.ms, lang)} · ${at(lang, 'visits', { n: d.visits })}` }))} empty={at(lang, 'none')} />
        </figure>
        <figure className="analytics-card">
          <figcaption>{at(lang, 'panels')}</figcaption>
          <Bars rows={s.panels.map((d) => ({ key: d.id, name: name(d.id), value: d.ms, text: `${duration(d.ms, lang)} · ${at(lang, 'visits', { n: d.visits })}` }))} empty={at(lang, 'none')} />
        </figure>
        <figure className="analytics-card">
          <figcaption>
            {at(lang, 'funnel')} <span className="muted">{at(lang, 'toursStarted', { n: s.tour.started, c: s.tour.completed })}</span>
          </figcaption>
          <Bars rows={reached.map((n, i) => ({ key: String(i), name: at(lang, 'stop', { i: i + 1 }), value: n, text: String(n) }))} empty={at(lang, 'none')} />
          <p className="analytics-small">
            {at(lang, 'interruptions')}: <b>{s.attractInterruptions}</b> · {at(lang, 'consoleActions')}: <b>{s.consoleActions}</b>
          </p>
        </figure>
      </div>
    </div>
  );
}
