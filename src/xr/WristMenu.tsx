/**
 * A small menu on the left wrist: back to the table, switch language, leave VR. It rides the controller's
 * grip space, so it is there whenever the visitor looks at their hand. Usage: `<WristMenu />` inside a controller.
 */
import { useXRStore } from '@react-three/xr';
import { useMemo } from 'react';
import type { PanelModel } from '../content/panel-model';
import { t } from '../i18n';
import { Panel3D } from '../scene/panels/Panel3D';
import { useExhibit } from '../state/store';
import { goToTable } from './navigation';

/** Metres per panel unit: the menu is 24 cm wide. */
const SCALE = 0.0024;

/** The wrist menu. */
export function WristMenu() {
  const lang = useExhibit((s) => s.lang);
  const place = useExhibit((s) => s.xrPlace);
  const setLang = useExhibit((s) => s.actions.setLang);
  // The store from context, not the module: xr/store.ts builds the controllers from this menu's parent.
  const xr = useXRStore();
  const model = useMemo<PanelModel>(() => ({ id: 'wrist', kind: 'panel', title: t('app.title', lang), subtitle: null, accent: null, rows: [], sources: [] }), [lang]);
  const buttons = useMemo(
    () => [
      ...(place === 'park' ? [{ id: 'table', label: t('xr.table', lang), onClick: goToTable }] : []),
      { id: 'lang', label: t('xr.language', lang), onClick: () => setLang(lang === 'zh' ? 'en' : 'zh') },
      { id: 'exit', label: t('xr.exit', lang), onClick: () => void xr.getState().session?.end() },
    ],
    [place, lang, setLang, xr],
  );
  // Above the back of the wrist, tilted toward the eyes.
  return (
    <group position={[0, 0.06, 0.09]} rotation={[-Math.PI / 3, 0, 0]}>
      <Panel3D name="wrist-menu" model={model} scale={SCALE} position={[0, 0, 0]} buttons={buttons} />
    </group>
  );
}
