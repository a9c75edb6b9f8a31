/**
 * Places the park model in the visitor's room and keeps it there: on the best detected plane (a table first), else
 * where the gaze's hit-test ray meets a surface, else at the VR table's height in front of the visitor; an anchor
 * holds it when tracking recentres; squeeze (or pinch near it) grabs it to move and turn it; "Place again" lets the
 * controller ray choose a surface. Each frame it moves the XR origin so that the room point lands on the VR table
 * centre (see placement.ts). Usage: `<MRPlacement />` inside an immersive-ar session.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useRef } from 'react';
import { RingGeometry, type Mesh } from 'three';
import { palette } from '../../config';
import { painted } from '../../scene/geometry-utils';
import { panelShapeMaterial } from '../../scene/materials';
import { setPlacementReader } from '../../state/automation';
import { useExhibit } from '../../state/store';
import { motion, originPose } from '../navigation';
import { layoutTable, useTableLayout } from '../table-layout';
import { setAnchor } from '../world-anchor';
import { tableCentre } from '../teleport-rules';
import { mr, placementSnapshot, publishPlacement, resetMR } from './mr-state';
import { defaultPlacement, originForPlacement, placeOnSurface, preferredYaw, wrapAngle, type Placement } from './placement';
import { bestPlane, horizontalHit } from './sensing';

const reticleGeometry = painted(new RingGeometry(0.035, 0.05, 32).rotateX(-Math.PI / 2), palette.highlight);
/** How often (frames) the room is searched for a surface while the model has none. */
const SEARCH_EVERY = 6;

interface Grab {
  source: XRInputSource;
  /** The grip's position and orientation when the grab began. */
  g0: { x: number; z: number; qx: number; qy: number; qz: number; qw: number };
  p0: Placement;
}

/** Turn about +Y of a quaternion's local x axis. */
const yawOf = (q: DOMPointReadOnly): number => Math.atan2(-2 * (q.x * q.z - q.w * q.y), 1 - 2 * (q.y * q.y + q.z * q.z));
/** The heading (radians, three's convention) a pose looks along. */
const headingOf = (q: DOMPointReadOnly): number => Math.atan2(2 * (q.x * q.z + q.w * q.y), 1 - 2 * (q.x * q.x + q.y * q.y));
/**
 * How far (radians about +Y) a grip has turned since the grab began: the twist about the vertical of the rotation
 * from the start orientation to `q`. Unlike a difference of headings it is steady when the hand points straight up
 * or down at the table (where a heading is undefined and jumps about); no allocation.
 */
function turnSince(q: DOMPointReadOnly, g0: Grab['g0']): number {
  // r = q * conj(q0); only its y and w are needed.
  const ry = q.w * -g0.qy + q.y * g0.qw + q.z * -g0.qx - q.x * -g0.qz;
  const rw = q.w * g0.qw - q.x * -g0.qx - q.y * -g0.qy - q.z * -g0.qz;
  return wrapAngle(2 * Math.atan2(ry, rw));
}

/** Requests an anchor at the current placement; a newer placement makes the answer stale. */
function anchorHere(frame: XRFrame, ref: XRReferenceSpace): void {
  const p = mr.placement;
  if (!p || !frame.createAnchor || frame.session.enabledFeatures?.includes('anchors') === false) return;
  const epoch = ++mr.anchorEpoch;
  const half = p.yaw / 2;
  frame
    .createAnchor(new XRRigidTransform({ x: p.x, y: p.y, z: p.z }, { x: 0, y: Math.sin(half), z: 0, w: Math.cos(half) }), ref)
    .then((a) => {
      if (epoch !== mr.anchorEpoch) return void a.delete();
      mr.anchor = a;
      publishPlacement();
    })
    .catch((e: unknown) => console.warn('MR: no anchor for the model:', e));
}

function dropAnchor(): void {
  mr.anchorEpoch++;
  mr.anchor?.delete();
  mr.anchor = null;
}

/** Sets a new placement (sensed, chosen or released) and asks for an anchor. */
function place(next: Placement, frame: XRFrame, ref: XRReferenceSpace): void {
  dropAnchor();
  mr.placement = next;
  publishPlacement();
  anchorHere(frame, ref);
}

/** "Place again": let the controller ray choose a surface (where hit-test exists), or look for one again. */
export function placeAgain(): void {
  dropAnchor();
  mr.userMoved = false;
  mr.searching = true;
  placing.active = true;
  publishPlacement();
}
const placing = { active: false, hit: null as null | { x: number; y: number; z: number } };

/** The placement driver. */
export function MRPlacement() {
  const gl = useThree((s) => s.gl);
  const session = useXR((s) => s.session);
  const gaze = useRef<XRHitTestSource | null>(null);
  const rays = useRef(new Map<XRInputSource, XRHitTestSource>());
  const grab = useRef<Grab | null>(null);
  const frames = useRef(0);
  const relayout = useRef(true);
  const reticle = useRef<Mesh>(null);

  useEffect(() => {
    setPlacementReader(placementSnapshot);
    // Back at the table (or after a recentre) the panel arc is laid out again for where the visitor now stands.
    const unsub = useExhibit.subscribe((s, prev) => {
      if (s.xrPlace === 'table' && prev.xrPlace !== 'table') relayout.current = true;
    });
    return () => {
      unsub();
      setPlacementReader(() => null);
    };
  }, []);

  useEffect(() => {
    if (!session) return undefined;
    resetMR();
    placing.active = false;
    let live = true;
    const hitTest = session.enabledFeatures?.includes('hit-test') !== false && typeof session.requestHitTestSource === 'function';
    const map = rays.current;
    if (hitTest) {
      void session
        .requestReferenceSpace('viewer')
        .then((viewer) => session.requestHitTestSource!({ space: viewer }))
        .then((src) => (live && src ? (gaze.current = src) : src?.cancel()))
        .catch((e: unknown) => console.warn('MR: no gaze hit-test:', e));
    }
    const addRays = () => {
      if (!hitTest) return;
      for (const s of session.inputSources) {
        if (map.has(s) || s.targetRayMode !== 'tracked-pointer') continue;
        void session.requestHitTestSource!({ space: s.targetRaySpace })
          ?.then((src) => (live ? map.set(s, src) : src.cancel()))
          .catch(() => undefined);
      }
    };
    addRays();
    const onGrab = (e: XRInputSourceEvent) => {
      const p = mr.placement;
      const ref = gl.xr.getReferenceSpace();
      if (!p || !ref || grab.current || useExhibit.getState().xrPlace !== 'table') return;
      // A hand pinches to grab; a pinch far from the model stays a pointer click.
      if (e.type === 'selectstart' && !e.inputSource.hand) return;
      const pose = e.frame.getPose(e.inputSource.gripSpace ?? e.inputSource.targetRaySpace, ref);
      if (!pose) return;
      const g = pose.transform.position;
      const reach = (Math.hypot(1414, 1070) / 2) * p.scale + 0.15;
      if (Math.hypot(g.x - p.x, g.z - p.z) > reach || g.y < p.y - 0.25 || g.y > p.y + 0.6) return;
      dropAnchor();
      const o = pose.transform.orientation;
      grab.current = { source: e.inputSource, g0: { x: g.x, z: g.z, qx: o.x, qy: o.y, qz: o.z, qw: o.w }, p0: { ...p } };
    };
    const onRelease = (e: XRInputSourceEvent) => {
      if (grab.current?.source !== e.inputSource || !mr.placement) return;
      grab.current = null;
      mr.userMoved = true;
      mr.searching = false;
      const ref = gl.xr.getReferenceSpace();
      mr.placement = { ...mr.placement, method: 'manual' };
      publishPlacement();
      relayout.current = true;
      if (ref) anchorHere(e.frame, ref);
    };
    const onSelect = (e: XRInputSourceEvent) => {
      const ref = gl.xr.getReferenceSpace();
      if (!placing.active || !placing.hit || !ref || !mr.placement) return;
      const h = placing.hit;
      placing.active = false;
      mr.searching = false;
      mr.userMoved = true;
      place({ ...mr.placement, x: h.x, y: h.y, z: h.z, method: 'hit-test' }, e.frame, ref);
      relayout.current = true;
    };
    const onVisibility = () => {
      // Back from the system menu or a pause: a recentre may have happened; lay the arc out again.
      if (session.visibilityState === 'visible') relayout.current = true;
    };
    session.addEventListener('inputsourceschange', addRays);
    session.addEventListener('squeezestart', onGrab);
    session.addEventListener('selectstart', onGrab);
    session.addEventListener('squeezeend', onRelease);
    session.addEventListener('selectend', onRelease);
    session.addEventListener('select', onSelect);
    session.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      session.removeEventListener('inputsourceschange', addRays);
      session.removeEventListener('squeezestart', onGrab);
      session.removeEventListener('selectstart', onGrab);
      session.removeEventListener('squeezeend', onRelease);
      session.removeEventListener('selectend', onRelease);
      session.removeEventListener('select', onSelect);
      session.removeEventListener('visibilitychange', onVisibility);
      gaze.current?.cancel();
      gaze.current = null;
      map.forEach((s) => s.cancel());
      map.clear();
      grab.current = null;
      placing.active = false;
      resetMR();
    };
  }, [session, gl]);

  useFrame((_, __, frame?: XRFrame) => {
    const ref = gl.xr.getReferenceSpace();
    if (!frame || !ref || useExhibit.getState().paused) return;
    const viewer = frame.getViewerPose(ref);
    if (!viewer) return;
    const head = viewer.transform.position;
    const headYaw = headingOf(viewer.transform.orientation);
    frames.current++;
    // The first real head pose: the model starts in front of the visitor until the room offers a surface.
    if (!mr.placement) {
      if (head.y < 0.4) return;
      mr.placement = defaultPlacement([head.x, head.y, head.z], headYaw);
      publishPlacement();
      relayout.current = true;
    }
    let p = mr.placement;
    if (mr.searching && !grab.current && !placing.active && frames.current % SEARCH_EVERY === 0) {
      const plane = bestPlane(frame, ref, head);
      let next = plane ? placeOnSurface(plane, headYaw, 'plane') : null;
      if (!next && gaze.current) {
        const h = horizontalHit(frame, gaze.current, ref);
        if (h) next = { ...p, x: h.x, y: h.y, z: h.z, yaw: preferredYaw(headYaw), method: 'hit-test' };
      }
      if (next) {
        mr.searching = false;
        place(next, frame, ref);
        p = next;
        relayout.current = true;
      }
    }
    // Placing by ray: the first tracked-pointer ray hitting a surface shows the reticle; a select places there.
    const r = reticle.current;
    placing.hit = null;
    if (placing.active) {
      if (rays.current.size === 0 && !gaze.current) {
        // No hit-test on this headset: "Place again" puts the model in front of the visitor.
        placing.active = false;
        place(defaultPlacement([head.x, head.y, head.z], headYaw), frame, ref);
        p = mr.placement;
        relayout.current = true;
      } else
        for (const [, src] of rays.current) {
          const h = horizontalHit(frame, src, ref);
          if (h) {
            placing.hit = h;
            break;
          }
        }
    }
    // The anchor is the truth while it is tracked (a recentre moves it with the room).
    if (mr.anchor && frame.trackedAnchors?.has(mr.anchor)) {
      const pose = frame.getPose(mr.anchor.anchorSpace, ref);
      if (pose) {
        const a = pose.transform.position;
        if (Math.abs(a.y - p.y) > 0.01) relayout.current = true;
        p.x = a.x;
        p.y = a.y;
        p.z = a.z;
        p.yaw = yawOf(pose.transform.orientation);
      }
    }
    // A grab moves and turns the model with the hand about the grip.
    const g = grab.current;
    if (g) {
      const pose = frame.getPose(g.source.gripSpace ?? g.source.targetRaySpace, ref);
      if (pose) {
        const d = turnSince(pose.transform.orientation, g.g0);
        const ox = g.p0.x - g.g0.x;
        const oz = g.p0.z - g.g0.z;
        const c = Math.cos(d);
        const s = Math.sin(d);
        p.x = pose.transform.position.x + ox * c + oz * s;
        p.z = pose.transform.position.z - ox * s + oz * c;
        p.yaw = wrapAngle(g.p0.yaw + d);
      }
    }
    const atTable = useExhibit.getState().xrPlace === 'table' && !motion.pending;
    if (atTable) {
      const o = originForPlacement(p, tableCentre());
      originPose.x = o.x;
      originPose.y = 0;
      originPose.z = o.z;
      originPose.yaw = o.yaw;
    }
    if (r) {
      r.visible = placing.hit != null && atTable;
      if (placing.hit) {
        const c = Math.cos(originPose.yaw);
        const s = Math.sin(originPose.yaw);
        r.position.set(originPose.x + placing.hit.x * c + placing.hit.z * s, placing.hit.y + 0.003, originPose.z - placing.hit.x * s + placing.hit.z * c);
      }
    }
    if (relayout.current && atTable && !g) {
      relayout.current = false;
      // The head in the world, through the origin just set.
      const c = Math.cos(originPose.yaw);
      const s = Math.sin(originPose.yaw);
      const hw: [number, number, number] = [originPose.x + head.x * c + head.z * s, head.y, originPose.z - head.x * s + head.z * c];
      const next = layoutTable(hw, headYaw + originPose.yaw, p.y, p.scale, 'room');
      // The live link reports what this layout was made for: a TV following the visitor lays out the same.
      setAnchor('table', next.head, next.headYaw, { height: p.y, scale: p.scale });
      useTableLayout.setState((st) => ({ ...next, revision: st.revision + 1 }));
    }
  });
  return <mesh ref={reticle} dispose={null} geometry={reticleGeometry} material={panelShapeMaterial} visible={false} name="mr-reticle" />;
}
