/**
 * Panels in VR: the selected pavilion's panel opens in front of the visitor (never inside a building) with
 * buttons to go there, see the next one, return to the table or close; at the table the district's figures
 * stand around it like booth displays. Usage: `<VRPanels />` inside a VR session.
 */
import { useMemo } from 'react';
import { content, getPavilion } from '../content';
import { panelModel, pavilionModel } from '../content/panel-model';
import { t } from '../i18n';
import { yawFacing } from '../lib/xr-math';
import { layoutPanel } from '../scene/panels/panel-layout';
import { Panel3D } from '../scene/panels/Panel3D';
import { useExhibit } from '../state/store';
import { xrConfig } from './config';
import { goToPavilion, goToTable, nextPavilionId } from './navigation';
import { usePanelPose } from './panel-pose';
import { useVRPlace } from './vr-place';
import { tableCentre } from './teleport-rules';
import { TourCaptionVR } from './TourCaptionVR';


/** Where the data panels stand around the table: angle from the visitor's forward (degrees), distance (m). */
export const tablePanelRing = { angles: [-95, -40, 40, 95], distance: 2.6, scale: 0.021, bottom: 0.3 } as const;

function PavilionPanelVR({ id }: { id: string }) {
  const lang = useExhibit((s) => s.lang);
  const place = useVRPlace();
  const pavilion = getPavilion(id)!;
  const model = useMemo(() => pavilionModel(pavilion, lang), [pavilion, lang]);
  const actions = useExhibit((s) => s.actions);
  const buttons = useMemo(
    () => [
      place === 'park'
        ? { id: 'table', label: t('xr.table', lang), onClick: goToTable }
        : { id: 'go', label: t('xr.goThere', lang), onClick: () => goToPavilion(id) },
      { id: 'next', label: t('xr.next', lang), onClick: () => (place === 'park' ? goToPavilion(nextPavilionId(id)) : actions.select(nextPavilionId(id))) },
      { id: 'close', label: t('xr.close', lang), onClick: actions.overview },
    ],
    [place, lang, id, actions],
  );
  const height = useMemo(() => layoutPanel(model, buttons).height * xrConfig.panel.scale, [model, buttons]);
  // Placed once per selection and place, where the visitor is looking: a panel that follows the head is tiring.
  const pose = usePanelPose(height, place, `${id}`);
  if (!pose) return null;
  return <Panel3D name={`vr-panel:${id}`} model={model} scale={xrConfig.panel.scale} position={pose.position} yaw={pose.yaw} buttons={buttons} />;
}

function TablePanels() {
  const lang = useExhibit((s) => s.lang);
  const models = useMemo(() => content.panels.map((p) => panelModel(p, lang)), [lang]);
  const [cx, cz] = tableCentre();
  const [sx, , sz] = xrConfig.table.position;
  const baseYaw = Math.atan2(cx - sx, cz - sz);
  return (
    <group name="table-panels">
      {models.slice(0, tablePanelRing.angles.length).map((m, i) => {
        const a = baseYaw + (tablePanelRing.angles[i]! * Math.PI) / 180;
        const x = sx + Math.sin(a) * tablePanelRing.distance;
        const z = sz + Math.cos(a) * tablePanelRing.distance;
        return <Panel3D key={m.id} name={`vr-table-panel:${m.id}`} model={m} scale={tablePanelRing.scale} position={[x, tablePanelRing.bottom, z]} yaw={yawFacing([x, z], [sx, sz])} />;
      })}
    </group>
  );
}

/** The VR panels. */
export function VRPanels() {
  const selected = useExhibit((s) => (s.selection.kind === 'pavilion' ? s.selection.id : null));
  const place = useVRPlace();
  const touring = useExhibit((s) => s.tour != null);
  return (
    <>
      {place === 'table' && <TablePanels />}
      {/* During a tour the caption panel speaks for the stop; one panel in front of the visitor at a time. */}
      {touring ? <TourCaptionVR /> : selected && <PavilionPanelVR key={selected} id={selected} />}
    </>
  );
}
