/**
 * The booth table with a 1:1000 miniature of the park, at the height the visitor's eyes call for (see
 * table-layout): pavilions are ray targets (trigger → go there at full scale), labels face the visitor and are
 * lifted clear of each other (hidden where they cannot be), a plaque on the near rim names the model and says how
 * to use it, and a pin shows where in the park they last stood. Usage: `<Tabletop />` inside a VR session.
 */
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { ConeGeometry, type Mesh, Vector3 } from 'three';
import type { BatchedText, Text } from 'troika-three-text';
import { palette } from '../config';
import { content, pavilionPlot } from '../content';
import { t } from '../i18n';
import { createLabelRects, placeLabels } from '../lib/label-placement';
import { Buildings } from '../scene/Buildings';
import { painted } from '../scene/geometry-utils';
import { sceneFonts } from '../scene/fonts';
import { Trees } from '../scene/landscape/Trees';
import { panelShapeMaterial, surfaceMaterial } from '../scene/materials';
import { textWidth } from '../scene/panels/panel-layout';
import { PavilionMesh } from '../scene/pavilions/Pavilions';
import { parkOnlyGeometry } from '../scene/shared-geometry';
import { useRedrawOnTextSync } from '../scene/text-elements';
import { useExhibit } from '../state/store';
import { xrConfig } from './config';
import { goToPavilion, motion } from './navigation';
import { useTableLayout } from './table-layout';
import { tableCentre } from './teleport-rules';

// Vertex-coloured on the panels' unlit material: no shader program of its own.
const pinGeometry = painted(new ConeGeometry(0.012, 0.05, 12), palette.highlight);
const pinMaterial = panelShapeMaterial;
const eye = new Vector3();
const look = new Vector3();
const DEG = 180 / Math.PI;

/** Label size on the miniature: 4.5 cm, legible (1.2°) from across the table. */
export const MINI_LABEL_SIZE = 0.045;
/** The plaque on the table's near rim, under a metre from the eyes: 2.2 cm keeps it above 1.2°. */
export const TITLE_SIZE = 0.022;
/** Where the plaque lies: metres from the table centre towards the visitor. */
const PLAQUE_INSET = xrConfig.table.radius - 0.13;

const placement = createLabelRects(content.pavilions.length);
const widths = new Float32Array(content.pavilions.length);

/** The table and its miniature; `plaque` off leaves out the plaque on the near rim (MR: the real table has no such rim). */
export function Tabletop({ plaque = true }: { plaque?: boolean }) {
  const [cx, cz] = tableCentre();
  const lang = useExhibit((s) => s.lang);
  const top = useTableLayout((s) => s.height);
  const s = useTableLayout((st) => st.scale);
  const labels = useRef<(Text | null)[]>([]);
  const texts = useRef<BatchedText>(null);
  const pin = useRef<Mesh>(null);
  useRedrawOnTextSync(texts);
  content.pavilions.forEach((p, i) => (widths[i] = textWidth(p.name[lang], MINI_LABEL_SIZE)));
  useFrame(({ camera }) => {
    camera.getWorldPosition(eye);
    camera.getWorldDirection(look);
    const yaw = Math.atan2(-look.x, -look.z);
    const sin = Math.sin(yaw);
    const cos = Math.cos(yaw);
    for (let i = 0; i < content.pavilions.length; i++) {
      const label = labels.current[i];
      if (!label) continue;
      const p = content.pavilions[i]!;
      const plot = pavilionPlot(p);
      const dx = cx + plot.center[0] * s - eye.x;
      const dz = cz + plot.center[1] * s - eye.z;
      const dy = top + p.height * s + 0.03 - eye.y;
      const d = Math.hypot(dx, dy, dz);
      // Angular rectangles (degrees) around the visitor's view: yaw to the right, pitch up.
      placement.rects[i * 4] = Math.atan2(dx * cos - dz * sin, -dx * sin - dz * cos) * DEG;
      placement.rects[i * 4 + 1] = Math.atan2(dy, Math.hypot(dx, dz)) * DEG;
      // Widths are estimates: a margin keeps neighbours apart even where the font runs wider.
      placement.rects[i * 4 + 2] = ((widths[i]! * 1.2 + 0.02) / d) * DEG;
      placement.rects[i * 4 + 3] = (MINI_LABEL_SIZE / d) * DEG;
      placement.distance[i] = d;
    }
    // One lift at most: the table layout allows for that much above each roof (see table-layout).
    placeLabels(placement, 1);
    for (let i = 0; i < content.pavilions.length; i++) {
      const label = labels.current[i];
      if (!label) continue;
      const p = content.pavilions[i]!;
      const plot = pavilionPlot(p);
      label.visible = placement.clear[i] === 1;
      label.position.set(cx + plot.center[0] * s, top + p.height * s + 0.03 + placement.lift[i]! * MINI_LABEL_SIZE, cz + plot.center[1] * s);
      label.rotation.set(0, Math.atan2(eye.x - label.position.x, eye.z - label.position.z), 0);
    }
    const pn = pin.current;
    if (pn) {
      pn.visible = motion.lastPark != null;
      if (motion.lastPark) pn.position.set(cx + motion.lastPark.x * s, top + 0.045, cz + motion.lastPark.z * s);
    }
  });
  const yaw = (xrConfig.table.yawDeg * Math.PI) / 180;
  return (
    <group name="tabletop">
      <group name="miniature" position={[cx, top + 0.002, cz]} scale={s}>
        <mesh dispose={null} geometry={parkOnlyGeometry()} material={surfaceMaterial} />
        <Buildings />
        <Trees />
        {content.pavilions.map((p) => (
          <PavilionMesh key={p.id} pavilion={p} onPick={goToPavilion} namePrefix="mini-pavilion" />
        ))}
      </group>
      <mesh ref={pin} dispose={null} geometry={pinGeometry} material={pinMaterial} rotation-x={Math.PI} visible={false} name="you-were-here" />
      <batchedText ref={texts} frustumCulled={false} renderOrder={4}>
        {content.pavilions.map((p, i) => (
          <troikaText
            key={p.id}
            name={`mini-label:${p.id}`}
            userData={{ minTextSize: MINI_LABEL_SIZE }}
            ref={(el: Text | null) => {
              labels.current[i] = el;
            }}
            text={p.name[lang]}
            font={sceneFonts.bold}
            fontSize={MINI_LABEL_SIZE}
            anchorX="center"
            anchorY="bottom"
            color="#ffffff"
            outlineWidth="10%"
            outlineColor="#1d2a33"
          />
        ))}
        {/* A plaque on the near rim, tilted up towards the visitor: what the model is and how to use it. */}
        {plaque && (
          <troikaText
            name="table-plaque"
            userData={{ minTextSize: TITLE_SIZE }}
            text={`${t('xr.tableTitle', lang)}\n${t('xr.tableHint', lang)}`}
            font={sceneFonts.regular}
            fontSize={TITLE_SIZE}
            lineHeight={1.3}
            maxWidth={0.78}
            textAlign="center"
            anchorX="center"
            anchorY="bottom"
            color={palette.panelText}
            position={[cx - Math.sin(yaw) * -PLAQUE_INSET, top + 0.006, cz - Math.cos(yaw) * -PLAQUE_INSET]}
            rotation={[-Math.PI / 2 + 0.55, yaw, 0, 'YXZ']}
          />
        )}
      </batchedText>
    </group>
  );
}
