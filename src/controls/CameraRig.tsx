/**
 * Desktop camera: orbit, zoom and pan with the mouse (camera-controls), eased flights to whatever is
 * selected, and keyboard movement. Usage: `<CameraRig />` inside the Canvas, outside XR sessions.
 */
// Deep import: the package root pulls in far more of drei than the one control we use.
import { CameraControls } from '@react-three/drei/core/CameraControls';
import { useThree } from '@react-three/fiber';
import { useCallback, useEffect, useRef } from 'react';
import { Vector3 } from 'three';
import { cameraConfig, panelScale } from '../config';
import { getPanel, getPavilion, pavilionPlot } from '../content';
import { panelModel } from '../content/panel-model';
import { OVERVIEW_PANEL_SCALE, overviewPanelLayout, pavilionSignLayout, pavilionSignModel } from '../scene/panels/desktop-panels';
import { setCameraRest } from '../state/automation';
import type { Selection } from '../state/route';
import { useExhibit } from '../state/store';
import { KeyboardMove } from './KeyboardMove';
import { pavilionBearing, pavilionPanelWidth } from './pavilion-approach';
import { useHudFraming } from './useHudFraming';
import { ViewOffset } from './ViewOffset';
import { overviewView, panelView, pavilionView, type View } from './views';

/**
 * The camera placement for a selection, given the aspect ratio of the part of the view the HUD leaves free and
 * how much of the canvas height a close-up may fill (see lib/free-viewport).
 */
export function viewFor(selection: Selection, lang: 'zh' | 'en', aspect: number, fill = 1): View {
  if (selection.kind === 'pavilion') {
    const p = getPavilion(selection.id);
    if (p) {
      const layout = pavilionSignLayout(pavilionSignModel(p, lang));
      return pavilionView(p, pavilionPlot(p), { width: pavilionPanelWidth, height: layout.height * panelScale.pavilion }, aspect, fill, pavilionBearing(p));
    }
  } else if (selection.kind === 'panel') {
    const panel = getPanel(selection.id);
    if (panel) {
      const layout = overviewPanelLayout(panelModel(panel, lang));
      const size = { width: layout.width * OVERVIEW_PANEL_SCALE, height: layout.height * OVERVIEW_PANEL_SCALE };
      return panelView(panel.position, (panel.yaw * Math.PI) / 180, size, aspect, fill);
    }
  }
  return overviewView();
}

/** The desktop camera pose when the rig last unmounted (entering VR), restored exactly when it returns. */
let savedPose: { position: [number, number, number]; target: [number, number, number] } | null = null;
const v1 = new Vector3();
const v2 = new Vector3();

const sameSelection = (a: Selection | null, b: Selection) => !!a && a.kind === b.kind && (a.kind === 'overview' || (b.kind !== 'overview' && a.id === b.id));

/** The desktop camera rig. */
export function CameraRig() {
  const controls = useRef<CameraControls>(null);
  const size = useThree((s) => s.size);
  const canvas = useThree((s) => s.gl.domElement);
  // Close-ups are fitted into the part of the canvas the HUD leaves free, and the picture is centred there.
  const framing = useHudFraming(canvas, size.width, size.height);
  const { aspect, fill } = framing;
  const selection = useExhibit((s) => s.selection);
  const lang = useExhibit((s) => s.lang);
  const first = useRef(true);
  // What `exhibit.cameraAtRest` reads: the selection the last flight went to, and whether the view offset rests.
  const applied = useRef<Selection | null>(null);
  const offsetAtRest = useRef(true);
  // From a flight's start (or a wake: a drag) until camera-controls reports rest or sleep. Not `controls.active`:
  // it is false between `setLookAt` and the next frame, and stays true when a slow frame ends a flight at once
  // (camera-controls then sleeps without resting).
  const flying = useRef(false);
  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    applied.current = selection;
    if (first.current && savedPose) {
      // Back from VR: the desktop view exactly as the visitor left it.
      void c.setLookAt(...savedPose.position, ...savedPose.target, false);
      savedPose = null;
      first.current = false;
      return;
    }
    const v = viewFor(selection, lang, aspect, fill);
    // The first placement is immediate; every later change is an eased flight.
    flying.current = !first.current;
    void c.setLookAt(...v.position, ...v.target, !first.current);
    first.current = false;
  }, [selection, lang, aspect, fill]);
  const landed = useCallback(() => {
    flying.current = false;
  }, []);
  const woke = useCallback(() => {
    flying.current = true;
  }, []);
  useEffect(() => {
    // A selection made but not yet flown to (React has not run the effect above) is not rest either.
    setCameraRest(() => !flying.current && offsetAtRest.current && sameSelection(applied.current, useExhibit.getState().selection));
    return () => setCameraRest(() => true);
  }, []);
  useEffect(
    () => () => {
      const c = controls.current;
      if (!c) return;
      c.getPosition(v1);
      c.getTarget(v2);
      savedPose = { position: [v1.x, v1.y, v1.z], target: [v2.x, v2.y, v2.z] };
    },
    [],
  );
  return (
    <>
      <CameraControls
        ref={controls}
        makeDefault
        smoothTime={cameraConfig.smoothTime}
        minDistance={cameraConfig.minDistance}
        maxDistance={cameraConfig.maxDistance}
        maxPolarAngle={Math.PI * 0.47}
        dollyToCursor
        onWake={woke}
        onRest={landed}
        onSleep={landed}
      />
      <KeyboardMove controls={controls} />
      {/* The overview is a fixed pose composed for the whole height: only close-ups, which are fitted into the
          free part, move up clear of a bar along the bottom. */}
      <ViewOffset offsetX={framing.offsetX} offsetY={selection.kind === 'overview' ? 0 : framing.offsetY} atRest={offsetAtRest} />
    </>
  );
}
