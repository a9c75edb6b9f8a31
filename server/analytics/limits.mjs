/**
 * The analytics message's limits, apart from the zod schema (schema.mjs re-exports them) so the worker thread,
 * which only needs MAX_AGO_MS, starts without loading zod. Types: schema.d.mts.
 */

/** Most events in one message (a full batch stays well under the link's 4 KB frame). */
export const MAX_BATCH = 16;
/** Longest duration a device may claim for one thing: 12 hours. */
export const MAX_DUR_MS = 12 * 3600_000;
/** Oldest an event may be when it arrives (queued on a device while the link was down): 7 days. */
export const MAX_AGO_MS = 7 * 24 * 3600_000;
