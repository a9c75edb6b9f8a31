/**
 * The three.js classes the exhibit (and the libraries it renders through: drei's CameraControls, @react-three/xr)
 * uses as JSX elements (`<mesh>`, `<group>`, ...). fiber's `<Canvas>` registers `import * as THREE` as its
 * catalogue, which keeps all of three in the first chunk; the production build hands it this module instead
 * (build plugin `threeCatalogue`), so everything else three ships is tree-shaken. A unit test checks that every
 * lowercase JSX element naming a three class is listed here.
 */
export {
  BoxGeometry,
  Color,
  BufferGeometry,
  CircleGeometry,
  CylinderGeometry,
  DirectionalLight,
  Fog,
  Group,
  HemisphereLight,
  InstancedMesh,
  Mesh,
  MeshBasicMaterial,
  Object3D,
  PlaneGeometry,
  RingGeometry,
  SphereGeometry,
} from 'three';
