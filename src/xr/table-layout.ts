/**
 * The booth table laid out for the visitor who is actually there: the table's height from their eye height, and
 * the arc of panels above the model, within the comfortable cone of their forward direction. Worked out when
 * the session starts, when the visitor recentres and whenever they return to the table (see TableLayoutDriver);
 * components read the result from a small store, so nothing changes between those moments.
 */
import { create } from 'zustand';
import { content, pavilionPlot } from '../content';
import { angularRectOf, arcRoom, arcRules, roomArcRules, slotPose, tableHeightFor, tablePanelArc, type V3 } from '../lib/xr-layout';
import { xrConfig } from './config';
import { DECK_Y, floorUnder } from './deck';
import { tableCentre } from './teleport-rules';

/** The current table layout. `revision` counts layouts (tests and effects can tell a new one). */
export interface TableLayout {
  /** Height of the table's top above the ground, metres (on the viewing deck: the deck's floor plus the table's own height). */
  height: number;
  /** The head (world) and its yaw the layout was made for. */
  head: V3;
  headYaw: number;
  /** Pitch of the model's top edge seen from the head (degrees): the panels stand above it. */
  modelTopDeg: number;
  /** The tallest a panel may be, in panel units, at the arc's width. */
  maxUnits: number;
  /** The miniature's scale: 1:1000 in VR; in MR smaller where the real surface it stands on is smaller. */
  scale: number;
  /** The panel arc: split around the park window (VR) or unbroken (MR, where the room is seen and the park hidden). */
  arc: TableArc;
  revision: number;
}

/** Which arc the panels stand in (see `arcRules`, `roomArcRules`). */
export type TableArc = 'park-window' | 'room';
const arcRulesOf = (arc: TableArc) => (arc === 'room' ? roomArcRules : arcRules);

/** How many panels stand in the arc. */
export const TABLE_SLOTS = 4;

/** The table layout store (a standing visitor of 1.7 m at the standing spot on the deck until the first layout). */
export const useTableLayout = create<TableLayout>(() => ({ height: DECK_Y + tableHeightFor(1.7), head: [0, DECK_Y + 1.7, 0], headYaw: 0, modelTopDeg: -20, maxUnits: 110, scale: xrConfig.miniatureScale, arc: 'park-window', revision: 0 }));

/** The current table height (metres): read by the miniature, the hall and `xrLocate`. */
export const tableHeight = (): number => useTableLayout.getState().height;

/** Generic buildings on the miniature stand at most this high (42 m at 1:1000, plus a margin). */
const BUILDING_RISE = 0.045;
/** A pavilion's label stands this far above its roof, and may be lifted about one label height clear of another. */
const LABEL_RISE = 0.03 + 0.045 * 2.2;

/**
 * Points that outline the model as the visitor sees it, for a table of `height`: the park's outline at building
 * height and each pavilion's label top. The highest of them, seen from the head, is the model's top edge.
 */
export function modelCorners(height: number, s = useTableLayout.getState().scale): V3[] {
  const [cx, cz] = tableCentre();
  const out: V3[] = content.park.outline.map(([x, z]) => [cx + x * s, height + BUILDING_RISE, cz + z * s] as const);
  for (const p of content.pavilions) {
    const [x, z] = pavilionPlot(p).center;
    out.push([cx + x * s, height + p.height * s + LABEL_RISE, cz + z * s]);
  }
  // The lowest point (the table's surface at the outline) gives the model's bottom edge.
  out.push(...content.park.outline.map(([x, z]) => [cx + x * s, height, cz + z * s] as const));
  return out;
}

/**
 * Lays the table out for a head at `head` (world) looking along yaw `headYaw` (radians): the table's height is
 * for the eyes' height above the floor they stand on (the deck's, or the ground's). MR passes the real surface's
 * height and the model's scale.
 */
export function layoutTable(head: V3, headYaw: number, height = floorUnder(head[1]) + tableHeightFor(head[1] - floorUnder(head[1])), scale: number = xrConfig.miniatureScale, arc: TableArc = 'park-window'): Omit<TableLayout, 'revision'> {
  const model = angularRectOf(head, headYaw, modelCorners(height, scale));
  const modelTopDeg = model.pitchDeg + model.heightDeg / 2;
  const room = arcRoom(TABLE_SLOTS, modelTopDeg, arcRulesOf(arc));
  return { height, head, headYaw, modelTopDeg, maxUnits: (room.maxHeight / room.width) * 100, scale, arc };
}

/** A placed table panel: bottom-centre position, yaw, and metres per panel unit. */
export interface TablePanelPose {
  position: [number, number, number];
  yaw: number;
  scale: number;
}

/** Places panels whose layouts are `heights` units tall (100 wide) in the arc of `layout`. */
export function placeTablePanels(layout: TableLayout, heights: readonly number[]): TablePanelPose[] {
  return tablePanelArc(
    heights.map((h) => h / 100),
    layout.modelTopDeg,
    arcRulesOf(layout.arc),
  ).map((slot) => ({ ...slotPose(layout.head, layout.headYaw, slot), scale: slot.width / 100 }));
}

/** A pavilion's miniature position on the table (world), for the current table height. */
export function miniaturePoint(id: string): V3 | null {
  const p = content.pavilions.find((x) => x.id === id);
  if (!p) return null;
  const plot = pavilionPlot(p);
  const [cx, cz] = tableCentre();
  const s = useTableLayout.getState().scale;
  return [cx + plot.center[0] * s, tableHeight() + (p.height * s) / 2, cz + plot.center[1] * s];
}
