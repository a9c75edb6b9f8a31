/**
 * The guided tour in VR: each stop's caption on a panel in front of the visitor, with the tour's controls
 * as ray buttons; it is placed anew at each stop, after the fade. Usage: `<TourCaptionVR />` in a VR session.
 */
import { useMemo } from 'react';
import { content, getSource } from '../content';
import type { PanelModel } from '../content/panel-model';
import { t } from '../i18n';
import { layoutPanel } from '../scene/panels/panel-layout';
import { Panel3D } from '../scene/panels/Panel3D';
import { useExhibit } from '../state/store';
import { xrConfig } from './config';
import { usePanelPose } from './panel-pose';
import { useVRPlace } from './vr-place';


/** The VR tour caption. */
export function TourCaptionVR() {
  const lang = useExhibit((s) => s.lang);
  const tour = useExhibit((s) => s.tour);
  const place = useVRPlace();
  const { tourStep, stopTour } = useExhibit((s) => s.actions);
  const index = tour?.index ?? 0;
  const playing = tour?.playing ?? false;
  const stop = content.tour[index]!;
  const model = useMemo<PanelModel>(() => {
    const source = stop.source ? getSource(stop.source) : null;
    return {
      id: `tour-${stop.id}`,
      kind: 'panel',
      title: `${t('tour.label', lang)} · ${index + 1} / ${content.tour.length}`,
      subtitle: null,
      accent: null,
      rows: [{ type: 'text', text: stop.caption[lang] }],
      sources: source ? [`${t('figure.source', lang)}: ${source.publisher[lang]}, ${source.date}`] : [],
    };
  }, [stop, lang, index]);
  const buttons = useMemo(
    () => [
      { id: 'prev', label: t('tour.prev', lang), onClick: () => tourStep({ type: 'prev' }) },
      { id: 'toggle', label: t(playing ? 'tour.pause' : 'tour.play', lang), onClick: () => tourStep({ type: 'toggle' }) },
      { id: 'next', label: t('tour.next', lang), onClick: () => tourStep({ type: 'next' }) },
      { id: 'exit', label: t('tour.exit', lang), onClick: stopTour },
    ],
    [lang, playing, tourStep, stopTour],
  );
  const height = useMemo(() => layoutPanel(model, buttons).height * xrConfig.panel.scale, [model, buttons]);
  const pose = usePanelPose(height, place, `${index}`);
  if (!tour || !pose) return null;
  return <Panel3D name="vr-tour-caption" model={model} scale={xrConfig.panel.scale} position={pose.position} yaw={pose.yaw} buttons={buttons} />;
}
