// React's act() environment for @react-three/test-renderer, and a bare navigator: Node 20 has none,
// and @react-three/xr reads navigator.xr.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
if (typeof globalThis.navigator === 'undefined') Object.defineProperty(globalThis, 'navigator', { value: {}, configurable: true });
