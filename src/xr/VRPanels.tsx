/**
 * Panels in VR. At the table the district's figures stand in an arc above the model (see table-layout); the
 * selected pavilion's panel, or the tour's caption, takes the arc's third place. In the park the pavilion's
 * panel (or the caption) opens to the visitor's right, with buttons to go there, see the next one, return to the
 * table or close. Every VR panel is a glance layout (large type, the essentials). Usage: `<VRPanels />`
 */
import { useMemo } from 'react';
import { content, getPavilion } from '../content';
import { panelModel, pavilionModel, type PanelModel } from '../content/panel-model';
import { t } from '../i18n';
import { layoutGlance } from '../scene/panels/glance-layout';
import type { PanelButton } from '../scene/panels/panel-layout';
import { Panel3D } from '../scene/panels/Panel3D';
import { useExhibit } from '../state/store';
import { goToPavilion, goToTable, nextPavilionId } from './navigation';
import { usePanelPose } from './panel-pose';
import { useVRPlace } from './vr-place';
import { placeTablePanels, TABLE_SLOTS, useTableLayout } from './table-layout';
import { useTourCaption } from './TourCaptionVR';

type Buttons = readonly (PanelButton & { onClick: () => void })[];
/** A panel to show: scene name, model, buttons. */
interface Item {
  name: string;
  model: PanelModel;
  buttons?: Buttons;
}

/** Which arc place the pavilion panel or tour caption takes at the table (0-based, left to right). */
const FEATURE_SLOT = 2;

function usePavilionItem(id: string | null): Item | null {
  const lang = useExhibit((s) => s.lang);
  const place = useVRPlace();
  const actions = useExhibit((s) => s.actions);
  return useMemo(() => {
    const pavilion = id ? getPavilion(id) : undefined;
    if (!pavilion || !id) return null;
    const buttons = [
      place === 'park' ? { id: 'table', label: t('xr.table', lang), onClick: goToTable } : { id: 'go', label: t('xr.goThere', lang), onClick: () => goToPavilion(id) },
      { id: 'next', label: t('xr.next', lang), onClick: () => (place === 'park' ? goToPavilion(nextPavilionId(id)) : actions.select(nextPavilionId(id))) },
      { id: 'close', label: t('xr.close', lang), onClick: actions.overview },
    ];
    return { name: `vr-panel:${id}`, model: pavilionModel(pavilion, lang), buttons };
  }, [id, place, lang, actions]);
}

function TablePanels({ feature }: { feature: Item | null }) {
  const lang = useExhibit((s) => s.lang);
  const layout = useTableLayout();
  const items = useMemo(() => {
    const list: Item[] = content.panels.slice(0, TABLE_SLOTS).map((p) => ({ name: `vr-table-panel:${p.id}`, model: panelModel(p, lang) }));
    if (feature) list[FEATURE_SLOT] = feature;
    return list.map((it) => ({ ...it, layout: layoutGlance(it.model, { maxHeight: layout.maxUnits, buttons: it.buttons }) }));
  }, [lang, feature, layout.maxUnits]);
  const poses = useMemo(() => placeTablePanels(layout, items.map((it) => it.layout.height)), [layout, items]);
  if (layout.revision === 0) return null;
  return (
    <group name="table-panels">
      {items.map((it, i) => (
        <Panel3D key={it.name} name={it.name} model={it.model} layout={it.layout} buttons={it.buttons} scale={poses[i]!.scale} position={poses[i]!.position} yaw={poses[i]!.yaw} />
      ))}
    </group>
  );
}

function ParkPanel({ item, placeKey }: { item: Item; placeKey: string }) {
  const layout = useMemo(() => layoutGlance(item.model, { buttons: item.buttons }), [item]);
  const pose = usePanelPose(layout.height, placeKey);
  if (!pose) return null;
  return <Panel3D name={item.name} model={item.model} layout={layout} buttons={item.buttons} scale={pose.scale} position={pose.position} yaw={pose.yaw} />;
}

/** The VR panels. */
export function VRPanels() {
  const selected = useExhibit((s) => (s.selection.kind === 'pavilion' ? s.selection.id : null));
  const place = useVRPlace();
  const caption = useTourCaption();
  const pavilion = usePavilionItem(selected);
  // During a tour the caption speaks for the stop: one feature panel at a time.
  const feature = caption ? caption.item : pavilion;
  if (place === 'table') return <TablePanels feature={feature} />;
  if (!feature) return null;
  return <ParkPanel key={feature.name} item={feature} placeKey={caption ? caption.key : feature.name} />;
}
