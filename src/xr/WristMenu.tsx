/**
 * A small menu on the left wrist: back to the table, switch language, sound on/off, leave VR. It lies on top of the controller
 * and shows only while the visitor looks at it as at a watch (its face points at the eyes within a cone); the
 * rest of the time it neither covers anything nor catches the other hand's ray. Usage: `<WristMenu />` in the
 * left controller's target-ray space.
 */
import { useXRStore } from '@react-three/xr';
import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { type Group, Matrix4, Quaternion, Vector3 } from 'three';
import type { PanelModel } from '../content/panel-model';
import { t } from '../i18n';
import { menuFacesHead } from '../lib/xr-layout';
import { layoutGlance } from '../scene/panels/glance-layout';
import { Panel3D } from '../scene/panels/Panel3D';
import { useExhibit } from '../state/store';
import { placeAgain } from './mr/MRPlacement';
import { goToTable } from './navigation';
import { toggleSound, useSoundSetting } from '../audio/sound';

/** Metres per panel unit: the menu is 24 cm wide. */
export const WRIST_MENU_SCALE = 0.0024;
/** Shown when its face points at the eyes within this cone; hidden again only beyond the wider one (no flicker). */
const SHOW_CONE_DEG = 32;
const HIDE_CONE_DEG = 42;

// Lying on the controller: the panel's face is the controller's up (+Y), its text runs along the ray (-Z), its top
// towards the visitor's left (-X), as a watch face reads when the forearm is raised across the body.
const lying = new Quaternion().setFromRotationMatrix(new Matrix4().makeBasis(new Vector3(0, 0, -1), new Vector3(-1, 0, 0), new Vector3(0, 1, 0)));
const at = new Vector3();
const normal = new Vector3();
const eye = new Vector3();

/** Where the menu lies on the left controller's target-ray space (the default) or on a tracked hand's wrist joint. */
export const WRIST_MENU_MOUNT = { controller: [-0.02, 0.035, 0.1], wrist: [0, 0.03, 0.06] } as const;

/** The wrist menu. */
export function WristMenu({ mount = 'controller' }: { mount?: keyof typeof WRIST_MENU_MOUNT }) {
  const lang = useExhibit((s) => s.lang);
  const place = useExhibit((s) => s.xrPlace);
  const mixed = useExhibit((s) => s.xrMode === 'mr');
  const setLang = useExhibit((s) => s.actions.setLang);
  const sound = useSoundSetting();
  // The store from context, not the module: xr/store.ts builds the controllers from this menu's parent.
  const xr = useXRStore();
  const group = useRef<Group>(null);
  const model = useMemo<PanelModel>(() => ({ id: 'wrist', kind: 'panel', title: t('app.title', lang), subtitle: null, accent: null, rows: [], sources: [] }), [lang]);
  const buttons = useMemo(
    () => [
      ...(place === 'park' ? [{ id: 'table', label: t('xr.table', lang), onClick: goToTable }] : []),
      ...(mixed && place === 'table' ? [{ id: 'place', label: t('mr.placeAgain', lang), onClick: placeAgain }] : []),
      { id: 'lang', label: t('xr.language', lang), onClick: () => setLang(lang === 'zh' ? 'en' : 'zh') },
      { id: 'sound', label: t(sound === 'on' ? 'sound.on' : 'sound.off', lang), onClick: toggleSound },
      { id: 'exit', label: t(mixed ? 'mr.exit' : 'xr.exit', lang), onClick: () => void xr.getState().session?.end() },
    ],
    [place, lang, setLang, xr, sound, mixed],
  );
  const layout = useMemo(() => layoutGlance(model, { buttons }), [model, buttons]);
  useFrame(({ camera }) => {
    const g = group.current;
    if (!g) return;
    g.getWorldPosition(at);
    g.getWorldDirection(normal);
    camera.getWorldPosition(eye);
    const show = menuFacesHead([at.x, at.y, at.z], [normal.x, normal.y, normal.z], [eye.x, eye.y, eye.z], g.visible ? HIDE_CONE_DEG : SHOW_CONE_DEG);
    g.visible = show;
    // Hidden buttons must not catch a ray: pointer events skip the children of this group.
    (g as Group & { intersectChildren?: boolean }).intersectChildren = show;
  });
  return (
    <group position={WRIST_MENU_MOUNT[mount]} quaternion={lying}>
      <group ref={group} visible={false}>
        <Panel3D name="wrist-menu" model={model} layout={layout} scale={WRIST_MENU_SCALE} position={[0, -(layout.height * WRIST_MENU_SCALE) / 2, 0]} buttons={buttons} />
      </group>
    </group>
  );
}
