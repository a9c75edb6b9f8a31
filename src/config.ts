/** Scene-wide constants: palette, camera, timings. Content (texts, figures, layout) lives in `content/`. */
export const palette = {
  skyTop: '#5d93c4',
  skyHorizon: '#dce8ee',
  /** Warm haze just above the horizon, strongest under the sun. */
  skyGlow: '#f7ead2',
  fog: '#d9e4ea',
  land: '#c9cda2',
  parkGround: '#ebe3cf',
  plot: '#ded3b8',
  plotGreen: '#9bb57f',
  plotPavilion: '#efe7d6',
  plaza: '#e2dccf',
  plazaAlt: '#dbd4c5',
  lawn: '#a7bf86',
  road: '#9c9893',
  avenue: '#87837d',
  roadLine: '#f4efe4',
  building: '#e4e0d8',
  buildingAlt: '#d8d3c8',
  buildingWarm: '#e6dccb',
  buildingGlass: '#7f9bab',
  buildingPlinth: '#a9a398',
  roofUnit: '#b9b7b0',
  fence: '#6f8f5f',
  granite: '#8f938c',
  graniteLight: '#b8b9b0',
  forest: '#6d8a5d',
  forestDark: '#55724d',
  /** What distance fades everything towards (aerial perspective). */
  haze: '#c9d8e2',
  sea: '#3f7ea6',
  seaShallow: '#5fa3b3',
  seaDeep: '#2f6d99',
  foam: '#eef3f1',
  beach: '#e9dcb8',
  district: '#d8d4c4',
  districtRoad: '#a8a49c',
  field: '#b9c48f',
  fieldAlt: '#a9bb82',
  fieldWarm: '#cfc79a',
  treeLeaf: '#6e9a5c',
  treeLeafAlt: '#85a865',
  trunk: '#7a6450',
  panelBg: '#14202a',
  panelText: '#f2f4f3',
  panelMuted: '#a9b8c0',
  panelAccent: '#f0b35a',
  highlight: '#ffd479',
} as const;

/** Camera and navigation settings (metres, seconds). */
export const cameraConfig = {
  fov: 45,
  near: 2,
  far: 40000,
  overview: { position: [-1250, 640, 1250] as const, target: [170, 90, -170] as const },
  /** camera-controls' smoothing: about 1–2 s from start to rest. */
  smoothTime: 0.45,
  minDistance: 40,
  maxDistance: 4200,
  /** Keyboard movement speed as a fraction of the camera distance per second. */
  keyPanSpeed: 0.6,
} as const;

/** How big the data panels are drawn over the park in the desktop view (metres per panel unit). */
export const panelScale = {
  overview: 4.2,
  pavilion: 1.3,
} as const;
