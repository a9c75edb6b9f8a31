/** The running group tour: the stop every headset in VR shows, its caption for the narrator, Next and Stop. */
import type { TourStop } from '../content/types';
import { progress, type GroupTour } from './group-tour';
import { ct, type Lang } from './strings';

interface Props {
  stops: readonly TourStop[];
  tour: GroupTour;
  lang: Lang;
  now: number;
  inVr: number;
  onNext(): void;
  onStop(): void;
}

/** The narrator's card (a live region, so a screen reader hears each new stop). */
export function GroupTourPanel({ stops, tour, lang, now, inVr, onNext, onStop }: Props) {
  const stop = stops[tour.index];
  if (!stop) return null;
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return (
    <section className="group-tour" aria-label={ct(lang, 'groupTourTitle')}>
      <header>
        <h2>{ct(lang, 'groupTourTitle')}</h2>
        <span className="group-tour-step">{ct(lang, 'stopOf', { i: tour.index + 1, n: stops.length })}</span>
        <span className="group-tour-vr">{inVr > 0 ? ct(lang, 'inVr', { n: inVr }) : ct(lang, 'noVr')}</span>
      </header>
      <p className="group-tour-hint">{ct(lang, 'groupTourHint')}</p>
      <p className="group-tour-caption" aria-live="polite">
        {stop.caption[lang]}
      </p>
      <p className="group-tour-caption-other" lang={other === 'zh' ? 'zh-CN' : 'en'}>
        {stop.caption[other]}
      </p>
      <div className="group-tour-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(progress(stops, tour, now) * 100)}%` }} />
      </div>
      <div className="group-tour-actions">
        <button type="button" onClick={onNext} disabled={tour.index + 1 >= stops.length}>
          {ct(lang, 'next')}
        </button>
        <button type="button" className="danger" onClick={onStop}>
          {ct(lang, 'stop')}
        </button>
      </div>
    </section>
  );
}
