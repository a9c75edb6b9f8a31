/**
 * The visitor's head pose in world coordinates, copied from the XR camera every frame into preallocated arrays
 * (no allocation, no React state); the live link reads it a few times a second. `valid` is false outside VR.
 */
export const headPose = { p: new Float64Array(3), q: new Float64Array([0, 0, 0, 1]), valid: false };
