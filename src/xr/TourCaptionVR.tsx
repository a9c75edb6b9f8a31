/**
 * The guided tour in VR: each stop's caption on a panel in front of the visitor, with the tour's controls
 * as ray buttons; it is placed anew at each stop, after the fade. Usage: `<TourCaptionVR />` in a VR session.
 */
import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useState } from 'react';
import { Vector3 } from 'three';
import { content, getSource } from '../content';
import type { PanelModel } from '../content/panel-model';
import { t } from '../i18n';
import { panelSpot, yawFacing } from '../lib/xr-math';
import { layoutPanel } from '../scene/panels/panel-layout';
import { Panel3D } from '../scene/panels/Panel3D';
import { useExhibit } from '../state/store';
import { xrConfig } from './config';
import { obstacles } from './teleport-rules';

const head = new Vector3();
const forward = new Vector3();

/** The VR tour caption. */
export function TourCaptionVR() {
  const lang = useExhibit((s) => s.lang);
  const tour = useExhibit((s) => s.tour);
  const place = useExhibit((s) => s.xrPlace);
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
  const camera = useThree((s) => s.camera);
  const [pose, setPose] = useState<{ position: [number, number, number]; yaw: number } | null>(null);
  useLayoutEffect(() => {
    camera.getWorldPosition(head);
    camera.getWorldDirection(forward);
    const spot = panelSpot([head.x, head.z], [forward.x, forward.z], xrConfig.panel.distance, xrConfig.panel.minDistance, obstacles);
    const centreY = Math.max(1.0, head.y - xrConfig.panel.drop);
    setPose({ position: [spot.position[0], centreY - height / 2, spot.position[1]], yaw: yawFacing(spot.position, [head.x, head.z]) });
    // Re-placed per stop and per place (after a teleport), not per frame.
  }, [index, place, camera, height]);
  if (!tour || !pose) return null;
  return <Panel3D name="vr-tour-caption" model={model} scale={xrConfig.panel.scale} position={pose.position} yaw={pose.yaw} buttons={buttons} />;
}
