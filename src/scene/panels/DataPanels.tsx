/** The district and VR-industry panels floating over the park, and the selected pavilion's panel. Usage: `<DataPanels />` */
import { useMemo } from 'react';
import { panelScale } from '../../config';
import { content, getPavilion, pavilionPlot } from '../../content';
import { panelModel, pavilionModel } from '../../content/panel-model';
import { pavilionBearing, pavilionPanelWidth } from '../../controls/pavilion-approach';
import { pavilionPanelPlacement } from '../../controls/views';
import { useExhibit } from '../../state/store';
import { Panel3D } from './Panel3D';

/** The data panels and the selected pavilion's panel. */
export function DataPanels() {
  const lang = useExhibit((s) => s.lang);
  const selection = useExhibit((s) => s.selection);
  const models = useMemo(() => content.panels.map((p) => ({ panel: p, model: panelModel(p, lang) })), [lang]);
  const pavilion = selection.kind === 'pavilion' ? getPavilion(selection.id) : undefined;
  const pavilionPanel = useMemo(() => (pavilion ? pavilionModel(pavilion, lang) : null), [pavilion, lang]);
  return (
    <group name="data-panels">
      {/* The district panels float high over the park: at a pavilion close-up they would loom over it, so they step aside. */}
      <group visible={selection.kind !== 'pavilion'}>
      {models.map(({ panel, model }) => (
        <Panel3D
          key={panel.id}
          name={`panel:${panel.id}`}
          model={model}
          scale={panelScale.overview}
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
          scale={panelScale.pavilion}
          {...pavilionPanelPlacement(pavilion, pavilionPlot(pavilion), pavilionPanelWidth, pavilionBearing(pavilion))}
        />
      )}
    </group>
  );
}
