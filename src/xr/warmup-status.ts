/**
 * How many controller models were loaded ahead of the session (controller-warmup.ts), for
 * `exhibit.renderStats().warmedModels`: a module of its own so that the main chunk can read it without loading the
 * VR code. Usage: `warmupStatus.models`.
 */
export const warmupStatus = { models: 0 };
