/**
 * The analytics message of the live link (docs/live-protocol.md, "Analytics"): a device sends a batch of
 * events; the server answers with the ids it has stored. zod-validated like every live-link message; the
 * device only sends durations (`dur`, `ago`), never a clock time. Types: schema.d.mts.
 */
import { z } from 'zod';

import { MAX_AGO_MS, MAX_BATCH, MAX_DUR_MS } from './limits.mjs';

export { MAX_AGO_MS, MAX_BATCH, MAX_DUR_MS } from './limits.mjs';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const text = (/** @type {number} */ max) => z.string().min(1).max(max).regex(/^[^\u0000-\u001f\u007f]*$/, 'control characters');
const eventId = z.string().regex(/^[a-z0-9]{8,24}$/);
const sid = z.string().regex(/^[a-z0-9]{4,24}$/);
const ms = (/** @type {number} */ max) => z.number().int().min(0).max(max);
const base = { id: eventId, sid, ago: ms(MAX_AGO_MS) };

/** One event. `k` is its kind. */
export const eventSchema = z.discriminatedUnion('k', [
  z.object({ ...base, k: z.literal('session_start'), mode: z.enum(['desktop', 'vr', 'mr']), lang: z.enum(['zh', 'en']), model: text(40) }),
  z.object({ ...base, k: z.literal('session_end'), dur: ms(MAX_DUR_MS) }),
  z.object({ ...base, k: z.literal('pavilion'), target: text(64), dur: ms(MAX_DUR_MS) }),
  z.object({ ...base, k: z.literal('panel'), target: text(64), dur: ms(MAX_DUR_MS) }),
  z.object({ ...base, k: z.literal('tour'), result: z.enum(['started', 'completed', 'left']), stop: z.number().int().min(0).max(999) }),
  z.object({ ...base, k: z.literal('lang'), lang: z.enum(['zh', 'en']) }),
  z.object({ ...base, k: z.literal('attract_interrupt') }),
]);

/** `{ type: 'analytics', events: [...] }`, 1 to MAX_BATCH events with distinct ids. */
export const analyticsSchema = z
  .object({ type: z.literal('analytics'), events: z.array(eventSchema).min(1).max(MAX_BATCH) })
  .refine((m) => new Set(m.events.map((e) => e.id)).size === m.events.length, { message: 'duplicate ids in one batch', path: ['events'] });
