/**
 * The booth table with a 1:1000 miniature of the park: pavilions are ray targets (trigger → go there at
 * full scale), labels face the visitor, and a pin shows where in the park they last stood.
 * Usage: `<Tabletop />` inside a VR session.
 */
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { ConeGeometry, CylinderGeometry, type Mesh, MeshBasicMaterial, type Object3D, Vector3 } from 'three';
import { painted } from '../scene/geometry-utils';
import type { BatchedText, Text } from 'troika-three-text';
import { palette } from '../config';
import { content, pavilionPlot } from '../content';
import { t } from '../i18n';
import { Buildings } from '../scene/Buildings';
import { sceneFonts } from '../scene/fonts';
import { Trees } from '../scene/landscape/Trees';
import { surfaceMaterial } from '../scene/materials';
import { PavilionMesh } from '../scene/pavilions/Pavilions';
import { parkOnlyGeometry } from '../scene/shared-geometry';
import { useRedrawOnTextSync } from '../scene/text-elements';
import { useExhibit } from '../state/store';
import { xrConfig } from './config';
import { goToPavilion, motion } from './navigation';
import { tableCentre } from './teleport-rules';

// Painted for the shared surface material: no extra shader program for the table.
const tableTop = painted(new CylinderGeometry(xrConfig.table.radius, xrConfig.table.radius, 0.04, 48), '#3a4a56');
const tableStem = painted(new CylinderGeometry(0.08, 0.22, xrConfig.table.height - 0.04, 16), '#3a4a56');
const pinGeometry = new ConeGeometry(0.012, 0.05, 12);
const pinMaterial = new MeshBasicMaterial({ color: palette.highlight, toneMapped: false });
const eye = new Vector3();

/** Label size on the miniature: 4.5 cm, legible (1.2°) from across the table. */
export const MINI_LABEL_SIZE = 0.045;
/** The table's title and hint, 2.1 m from the visitor: 4.5 cm keeps them at 1.2°. */
export const TITLE_SIZE = 0.045;

/** The table and its miniature. */
export function Tabletop() {
  const [cx, cz] = tableCentre();
  const lang = useExhibit((s) => s.lang);
  const s = xrConfig.miniatureScale;
  const top = xrConfig.table.height;
  const labels = useRef<(Text | null)[]>([]);
  const texts = useRef<BatchedText>(null);
  const title = useRef<Text>(null);
  const pin = useRef<Mesh>(null);
  useRedrawOnTextSync(texts);
  useRedrawOnTextSync(title);
  useFrame(({ camera }) => {
    camera.getWorldPosition(eye);
    for (const label of labels.current) if (label) faceCamera(label, eye);
    const p = pin.current;
    if (p) {
      p.visible = motion.lastPark != null;
      if (motion.lastPark) p.position.set(cx + motion.lastPark.x * s, top + 0.045, cz + motion.lastPark.z * s);
    }
  });
  const yaw = (xrConfig.table.yawDeg * Math.PI) / 180;
  return (
    <group name="tabletop">
      <mesh dispose={null} geometry={tableTop} material={surfaceMaterial} position={[cx, top - 0.02, cz]} />
      <mesh dispose={null} geometry={tableStem} material={surfaceMaterial} position={[cx, (top - 0.04) / 2, cz]} />
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
        {content.pavilions.map((p, i) => {
          const plot = pavilionPlot(p);
          return (
            <troikaText
              key={p.id}
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
              position={[cx + plot.center[0] * s, top + p.height * s + 0.03, cz + plot.center[1] * s]}
            />
          );
        })}
      </batchedText>
      <troikaText
        ref={title}
        text={`${t('xr.tableTitle', lang)}\n${t('xr.tableHint', lang)}`}
        font={sceneFonts.regular}
        fontSize={TITLE_SIZE}
        maxWidth={1.2}
        textAlign="center"
        anchorX="center"
        anchorY="bottom"
        color={palette.panelText}
        outlineWidth="8%"
        outlineColor="#1d2a33"
        position={[cx - Math.sin(yaw) * (xrConfig.table.radius + 0.15), top + 0.75, cz - Math.cos(yaw) * (xrConfig.table.radius + 0.15)]}
        rotation-y={yaw}
      />
    </group>
  );
}

/** Turns a label to face the camera about the vertical axis only (text stays upright). */
function faceCamera(o: Object3D, eyeWorld: Vector3) {
  const dx = eyeWorld.x - o.position.x;
  const dz = eyeWorld.z - o.position.z;
  o.rotation.set(0, Math.atan2(dx, dz), 0);
}
