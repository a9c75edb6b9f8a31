/** Scene-wide constants: palette, camera, timings. Content (texts, figures, layout) lives in `content/`. */
export const palette = {
  skyTop: '#6f9fc9',
  skyHorizon: '#dfe9ee',
  fog: '#d6e2e8',
  land: '#d3d4b0',
  parkGround: '#ebe3cf',
  plot: '#ded3b8',
  plotGreen: '#9bb57f',
  plotPavilion: '#f3ecdc',
  road: '#8e8a84',
  avenue: '#77736e',
  roadLine: '#f4efe4',
  building: '#d9d6cf',
  buildingGlass: '#8aa4b3',
  granite: '#8d918c',
  graniteLight: '#b5b6ae',
  forest: '#6f8a5f',
  forestDark: '#4f6b4a',
  sea: '#3f7ea6',
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
