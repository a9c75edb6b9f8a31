/**
 * The guided tour in VR: each stop's caption as a panel with the tour's controls as ray buttons (placed anew at
 * each stop, after the fade; see VRPanels). Usage: `const caption = useTourCaption()` (null when no tour runs).
 */
import { useMemo } from 'react';
import { content, getSource } from '../content';
import type { PanelModel } from '../content/panel-model';
import { t } from '../i18n';
import { useExhibit } from '../state/store';

/** The caption panel of the current tour stop, and a key that changes with each stop; null outside a tour. */
export function useTourCaption(): { item: { name: string; model: PanelModel; buttons: { id: string; label: string; onClick: () => void }[] }; key: string } | null {
  const lang = useExhibit((s) => s.lang);
  const tour = useExhibit((s) => s.tour);
  const { tourStep, stopTour } = useExhibit((s) => s.actions);
  const index = tour?.index ?? 0;
  const playing = tour?.playing ?? false;
  const running = tour != null;
  return useMemo(() => {
    if (!running) return null;
    const stop = content.tour[index]!;
    const source = stop.source ? getSource(stop.source) : null;
    const model: PanelModel = {
      id: `tour-${stop.id}`,
      kind: 'panel',
      title: `${t('tour.label', lang)} · ${index + 1} / ${content.tour.length}`,
      subtitle: null,
      accent: null,
      rows: [{ type: 'text', text: stop.caption[lang] }],
      sources: source ? [`${t('figure.source', lang)}: ${source.publisher[lang]}, ${source.date}`] : [],
    };
    const buttons = [
      { id: 'prev', label: t('tour.prev', lang), onClick: () => tourStep({ type: 'prev' }) },
      { id: 'toggle', label: t(playing ? 'tour.pause' : 'tour.play', lang), onClick: () => tourStep({ type: 'toggle' }) },
      { id: 'next', label: t('tour.next', lang), onClick: () => tourStep({ type: 'next' }) },
      { id: 'exit', label: t('tour.exit', lang), onClick: stopTour },
    ];
    return { item: { name: 'vr-tour-caption', model, buttons }, key: `${index}` };
  }, [running, index, playing, lang, tourStep, stopTour]);
}
