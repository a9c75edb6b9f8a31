/** The guided tour's controls and caption (desktop), and the button that starts it. */
import { content } from '../content';
import { t } from '../i18n';
import { useExhibit } from '../state/store';

/** "Guided tour" in the HUD, shown while exploring. */
export function TourButton() {
  const lang = useExhibit((s) => s.lang);
  const mode = useExhibit((s) => s.mode);
  const start = useExhibit((s) => s.actions.startTour);
  if (mode !== 'explore') return null;
  return (
    <button type="button" className="hud-tour-button" onClick={() => start('tour')}>
      {t('tour.start', lang)}
    </button>
  );
}

/** The tour bar: caption, progress and controls. */
export function TourBar() {
  const lang = useExhibit((s) => s.lang);
  const mode = useExhibit((s) => s.mode);
  const tour = useExhibit((s) => s.tour);
  const { tourStep, stopTour } = useExhibit((s) => s.actions);
  if (mode !== 'tour' || !tour) return null;
  const stop = content.tour[tour.index]!;
  return (
    <section data-covers-view="" className="hud-tour" aria-label={t('tour.label', lang)}>
      <p className="caption" aria-live="polite">
        {stop.caption[lang]}
      </p>
      <div className="controls">
        <span className="progress" aria-label={`${tour.index + 1} / ${content.tour.length}`}>
          {tour.index + 1} / {content.tour.length}
        </span>
        <button type="button" onClick={() => tourStep({ type: 'prev' })}>
          {t('tour.prev', lang)}
        </button>
        <button type="button" onClick={() => tourStep({ type: 'toggle' })}>
          {t(tour.playing ? 'tour.pause' : 'tour.play', lang)}
        </button>
        <button type="button" onClick={() => tourStep({ type: 'next' })}>
          {t('tour.next', lang)}
        </button>
        <button type="button" onClick={stopTour}>
          {t('tour.exit', lang)}
        </button>
      </div>
    </section>
  );
}

/** The attract loop's prompt, in both languages (the next visitor may read either), over its caption. */
export function AttractOverlay() {
  const mode = useExhibit((s) => s.mode);
  const tour = useExhibit((s) => s.tour);
  const lang = useExhibit((s) => s.lang);
  if (mode !== 'attract' || !tour) return null;
  const stop = content.tour[tour.index]!;
  return (
    <div className="attract" role="status">
      <p className="prompt">
        <span lang="zh">{t('attract.prompt', 'zh')}</span>
        <span lang="en">{t('attract.prompt', 'en')}</span>
      </p>
      <p className="caption">{stop.caption[lang]}</p>
    </div>
  );
}
