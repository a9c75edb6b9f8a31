/** The district and VR-industry panels floating over the park, and the selected pavilion's panel. Usage: `<DataPanels />` */
import { useMemo } from 'react';
import { panelScale } from '../../config';
import { content, getPavilion, pavilionPlot } from '../../content';
import { panelModel } from '../../content/panel-model';
import { pavilionBearing, pavilionPanelWidth } from '../../controls/pavilion-approach';
import { pavilionPanelPlacement } from '../../controls/views';
import { useExhibit } from '../../state/store';
import { OVERVIEW_PANEL_SCALE, overviewPanelLayout, pavilionSignLayout, pavilionSignModel } from './desktop-panels';
import { Panel3D } from './Panel3D';
import { ScreenTextProbe } from './ScreenTextProbe';

/** The data panels and the selected pavilion's panel. */
export function DataPanels() {
  const lang = useExhibit((s) => s.lang);
  const selection = useExhibit((s) => s.selection);
  const models = useMemo(
    () =>
      content.panels.map((p) => {
        const model = panelModel(p, lang);
        return { panel: p, model, layout: overviewPanelLayout(model) };
      }),
    [lang],
  );
  const pavilion = selection.kind === 'pavilion' ? getPavilion(selection.id) : undefined;
  const pavilionPanel = useMemo(() => (pavilion ? pavilionSignModel(pavilion, lang) : null), [pavilion, lang]);
  const pavilionLayout = useMemo(() => (pavilionPanel ? pavilionSignLayout(pavilionPanel) : undefined), [pavilionPanel]);
  return (
    <group name="data-panels">
      <ScreenTextProbe />
      {/* The district panels float high over the park: at a pavilion close-up they would loom over it, so they step aside. */}
      <group visible={selection.kind !== 'pavilion'}>
      {models.map(({ panel, model, layout }) => (
        <Panel3D
          key={panel.id}
          name={`panel:${panel.id}`}
          model={model}
          layout={layout}
          scale={OVERVIEW_PANEL_SCALE}
          position={panel.position}
          yaw={(panel.yaw * Math.PI) / 180}
          onSelect={() => useExhibit.getState().actions.focusPanel(panel.id)}
        />
      ))}
      </group>
      {pavilion && pavilionPanel && (
        <Panel3D
          key={pavilion.id}
          name={`pavilion-panel:${pavilion.id}`}
          model={pavilionPanel}
          layout={pavilionLayout}
          scale={panelScale.pavilion}
          {...pavilionPanelPlacement(pavilion, pavilionPlot(pavilion), pavilionPanelWidth, pavilionBearing(pavilion))}
        />
      )}
    </group>
  );
}
